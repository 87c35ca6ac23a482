package io.connectdesk.ticket.web;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.ticket.TicketCarbonCopies;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;
import io.connectdesk.web.PageSection;

/** The ticket page's CC forms (tickets/cc.html): add and remove, each back to the ticket. */
@PageController
class CarbonCopyPages {

	private final TicketCarbonCopies carbonCopies;

	private final PageFeedback feedback;

	CarbonCopyPages(TicketCarbonCopies carbonCopies, PageFeedback feedback) {
		this.carbonCopies = carbonCopies;
		this.feedback = feedback;
	}

	@PostMapping("/tickets/{id}/cc")
	String add(@PathVariable String id, @RequestParam(defaultValue = "") String email, Caller caller,
			RedirectAttributes flash) {
		return change(id, flash, "notice.cc-added", email, () -> this.carbonCopies.add(id, caller, email));
	}

	@PostMapping("/tickets/{id}/cc/remove")
	String remove(@PathVariable String id, @RequestParam(defaultValue = "") String email, Caller caller,
			RedirectAttributes flash) {
		return change(id, flash, "notice.cc-removed", email, () -> this.carbonCopies.remove(id, caller, email));
	}

	private String change(String id, RedirectAttributes flash, String notice, String email, Runnable change) {
		try {
			change.run();
			this.feedback.notice(flash, notice, email);
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "cc", refused);
		}
		return TicketActions.backTo(id);
	}

	/** The CC list with its forms, for the requester and staff while the ticket is open. */
	@Component
	@Order(50)
	static class Section implements TicketPageSection {

		@Override
		public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
			boolean canChange = !ticket.status().isEndState()
					&& (caller.isStaff() || caller.email().equalsIgnoreCase(ticket.requesterEmail()));
			return canChange ? Optional.of(new PageSection("tickets/cc", "cc", ticket)) : Optional.empty();
		}

	}

}
