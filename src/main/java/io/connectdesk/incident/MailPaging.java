package io.connectdesk.incident;

import org.springframework.stereotype.Component;

import io.connectdesk.notification.Notices;

/** Pages by e-mail, through the notice outbox, in the engineer's language ({@code incident.page.*}). */
@Component
class MailPaging implements PagingChannel {

	static final String MESSAGE_KEY = "incident.page";

	private final Notices notices;

	MailPaging(Notices notices) {
		this.notices = notices;
	}

	@Override
	public void page(Page page) {
		this.notices.send(page.reference(), IncidentTicketLine.INCIDENT_PAGED, page.engineer().email(), MESSAGE_KEY,
				new Object[] { page.reference(), page.severity(), page.customer(), page.component(), page.environment(),
						page.title() },
				page.ackLink());
	}

}
