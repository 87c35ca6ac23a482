package io.connectdesk.provisioning.web;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.provisioning.TicketProvisioning;
import io.connectdesk.web.PageController;

/** The provisioning forms on a ticket's page (retry, checklist done, cancel); each returns to the ticket. */
@PageController
class ProvisioningPages {

	private final TicketProvisioning desk;

	private final MessageSource messages;

	ProvisioningPages(TicketProvisioning desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@PostMapping("/tickets/{id}/provisioning/{itemId}/retry")
	String retry(@PathVariable String id, @PathVariable Long itemId, Caller caller, RedirectAttributes flash) {
		return act(id, flash, "provisioning.notice.retried", () -> this.desk.retry(id, itemId, caller));
	}

	@PostMapping("/tickets/{id}/provisioning/{itemId}/checklist")
	String checklistDone(@PathVariable String id, @PathVariable Long itemId, Caller caller, RedirectAttributes flash) {
		return act(id, flash, "provisioning.notice.checklist-done", () -> this.desk.checklistDone(id, itemId, caller));
	}

	@PostMapping("/tickets/{id}/provisioning/cancel")
	String cancel(@PathVariable String id, Caller caller, RedirectAttributes flash) {
		return act(id, flash, "provisioning.notice.cancelled", () -> this.desk.cancel(id, caller));
	}

	private String act(String ticketId, RedirectAttributes flash, String notice, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("notice", text(notice));
		}
		catch (DeskException refused) {
			flash.addFlashAttribute("problem", this.messages.getMessage(
					new org.springframework.context.support.DefaultMessageSourceResolvable(
							new String[] { "problem." + refused.code(), "problem.kind." + refused.kind().name() }),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/tickets/" + UriUtils.encodePathSegment(ticketId, StandardCharsets.UTF_8);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
