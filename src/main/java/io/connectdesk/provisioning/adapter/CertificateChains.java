package io.connectdesk.provisioning.adapter;

import org.springframework.stereotype.Service;

import io.connectdesk.common.Caller;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.ticket.TicketQueries;

/** The PEM chain (leaf, then CA) of a ticket's certificate, for whoever may see the ticket. */
@Service
class CertificateChains {

	private final TicketQueries tickets;

	private final IssuedCertificates certificates;

	CertificateChains(TicketQueries tickets, IssuedCertificates certificates) {
		this.tickets = tickets;
		this.certificates = certificates;
	}

	String chain(String ticketId, String component, String environment, Caller caller) {
		String ticket = this.tickets.detail(ticketId, caller).id(); // not found for a ticket the caller may not see
		return this.certificates.find(ticket + ":" + component + ":" + environment)
			.filter(row -> caller.canSee(row.customerId()))
			.map(IssuedCertificates.Row::pemChain)
			.orElseThrow(() -> new NotFoundException("certificate-not-found",
					"No certificate " + component + " in " + environment + " on " + ticket));
	}

}
