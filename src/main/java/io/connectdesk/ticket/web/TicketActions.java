package io.connectdesk.ticket.web;

import java.nio.charset.StandardCharsets;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.ticket.Reply;
import io.connectdesk.ticket.TicketConversation;
import io.connectdesk.ticket.TicketTasks;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/** The forms of a ticket's page: reply (or internal note) and reopen. Each returns to the ticket. */
@PageController
class TicketActions {

	private final TicketConversation conversation;

	private final TicketTasks work;

	private final PageFeedback feedback;

	TicketActions(TicketConversation conversation, TicketTasks work, PageFeedback feedback) {
		this.conversation = conversation;
		this.work = work;
		this.feedback = feedback;
	}

	@PostMapping("/tickets/{id}/replies")
	String reply(@PathVariable String id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean internal, Caller caller, RedirectAttributes flash) {
		Reply reply = new Reply(body, internal);
		BindingResult errors = this.feedback.check(reply, "reply");
		if (errors.hasErrors()) {
			this.feedback.invalid(flash, "reply", errors);
			return backTo(id);
		}
		try {
			this.conversation.reply(id, caller, reply);
			this.feedback.notice(flash, internal ? "notice.noted" : "notice.replied");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "reply", refused);
		}
		return backTo(id);
	}

	@PostMapping("/tickets/{id}/reopen")
	String reopen(@PathVariable String id, @RequestParam(required = false) String reason, Caller caller,
			RedirectAttributes flash) {
		try {
			this.work.reopen(id, caller, reason);
			this.feedback.notice(flash, "notice.reopened");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "reopen", refused);
		}
		return backTo(id);
	}

	static String backTo(String ticketId) {
		return "redirect:/tickets/" + UriUtils.encodePathSegment(ticketId, StandardCharsets.UTF_8);
	}

}
