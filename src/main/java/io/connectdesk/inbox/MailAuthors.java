package io.connectdesk.inbox;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.TicketContacts;

/**
 * Who may write to a ticket by mail, as whom: the requester and any user of a customer (the ticket
 * module's access check then keeps them to their own customer's tickets) as themselves, a CC party
 * without an account under their address, in the customer of their address's contract domain.
 * Staff answer on the page: their mail is not taken.
 */
@Component
class MailAuthors {

	private final Accounts accounts;

	private final Customers customers;

	MailAuthors(Accounts accounts, Customers customers) {
		this.accounts = accounts;
		this.customers = customers;
	}

	Optional<Caller> of(String from, TicketContacts ticket) {
		Optional<Caller> account = this.accounts.findByEmail(from).filter(caller -> caller.customerId() != null);
		if (account.isPresent() || !ticket.cc().contains(from)) {
			return account;
		}
		return this.customers.customerOfEmail(from).map(customer -> new Caller(null, from, from, customer, Set.of(Role.REQUESTER)));
	}

	/** A user of a customer whose contract holds the sender's domain: who may file by mail. */
	Optional<Caller> filer(String from) {
		return this.accounts.findByEmail(from)
			.filter(caller -> caller.customerId() != null && this.customers.acceptsEmail(caller.customerId(), from));
	}

}
