package io.connectdesk.quota.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.ticket.TicketTasks;
import io.connectdesk.web.PageController;

/** The SRE's downgrade form on a ticket's page; it returns to the ticket. */
@PageController
class DowngradeActions {

	private final TicketTasks work;

	private final MessageSource messages;

	DowngradeActions(TicketTasks work, MessageSource messages) {
		this.work = work;
		this.messages = messages;
	}

	@PostMapping("/tickets/{id}/downgrade")
	String downgrade(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Caller caller,
			RedirectAttributes flash) {
		try {
			this.work.downgrade(id, caller, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
			flash.addFlashAttribute("notice", text("notice.downgraded"));
		}
		catch (InvalidInputException invalid) {
			flash.addFlashAttribute("problem", text("downgrade.title") + ": " + text("invalid.reason"));
		}
		catch (DeskException refused) {
			flash.addFlashAttribute("problem", text("problem." + refused.code(), "problem.kind." + refused.kind().name()));
		}
		return "redirect:/tickets/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
	}

	private String text(String... codes) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(codes), LocaleContextHolder.getLocale());
	}

}
