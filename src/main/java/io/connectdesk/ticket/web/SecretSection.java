package io.connectdesk.ticket.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.SecretReference;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.ticket.TicketSecrets;
import io.connectdesk.web.PageSection;

/**
 * The secrets a ticket's text refers to, masked, each with a reveal button: for staff only, from
 * {@code tickets/secrets}. Everyone else sees only the references in the text.
 */
@Component
class SecretSection implements TicketPageSection {

	private final TicketSecrets secrets;

	SecretSection(TicketSecrets secrets) {
		this.secrets = secrets;
	}

	@Override
	public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
		if (!caller.isStaff()) {
			return Optional.empty();
		}
		List<SecretReference> references = this.secrets.references(ticket.id(), caller);
		return references.isEmpty() ? Optional.empty()
				: Optional.of(new PageSection("tickets/secrets", "secretSection", new Secrets(ticket.id(), references)));
	}

	/** What the fragment shows. */
	record Secrets(String ticketId, List<SecretReference> references) {
	}

}
