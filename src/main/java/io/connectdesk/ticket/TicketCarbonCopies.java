package io.connectdesk.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;

/**
 * CC parties after filing: the requester and staff add or remove them on an open ticket, under the same
 * domain rule as at filing ({@link ContractAddresses}). Notices read the CC list when they are written, so a
 * new party gets every later notice and a removed one none.
 */
@Service
@Transactional
public class TicketCarbonCopies {

	/** As at filing ({@link FileTicket}'s {@code cc}). */
	static final int MAX_CC = 50;

	private final TicketAccess access;

	private final ContractAddresses addresses;

	private final Timeline timeline;

	private final Clock clock;

	TicketCarbonCopies(TicketAccess access, ContractAddresses addresses, Timeline timeline, Clock clock) {
		this.access = access;
		this.addresses = addresses;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** @return the CC list after the change */
	public List<String> add(String key, Caller caller, String email) {
		Ticket ticket = requireChangeable(key, caller);
		String address = normalized(email);
		this.addresses.requireOne(address, ticket.getCustomerId(), "email");
		if (ticket.getCc().contains(address)) {
			return ticket.getCc();
		}
		if (ticket.getCc().size() >= MAX_CC) {
			throw InvalidInputException.of("email", "A ticket copies at most " + MAX_CC + " people");
		}
		ticket.addCc(address, this.clock.instant());
		this.timeline.record(ticket, TimelineKind.CC_ADDED, caller, address);
		return ticket.getCc();
	}

	/** @return the CC list after the change; removing an address that was not copied changes nothing */
	public List<String> remove(String key, Caller caller, String email) {
		Ticket ticket = requireChangeable(key, caller);
		String address = normalized(email);
		if (ticket.removeCc(address, this.clock.instant())) {
			this.timeline.record(ticket, TimelineKind.CC_REMOVED, caller, address);
		}
		return ticket.getCc();
	}

	private Ticket requireChangeable(String key, Caller caller) {
		Ticket ticket = this.access.require(key, caller);
		if (!caller.isStaff() && !caller.userId().equals(ticket.getRequesterId())) {
			throw new ForbiddenException("cc-not-allowed", "Only the requester and service staff change who is copied");
		}
		ticket.requireOpen();
		return ticket;
	}

	private static String normalized(String email) {
		if (email == null || email.isBlank() || email.length() > 320 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw InvalidInputException.of("email", "Not an e-mail address");
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
