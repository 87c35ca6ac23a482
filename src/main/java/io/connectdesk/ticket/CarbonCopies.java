package io.connectdesk.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;

/**
 * Whom a ticket copies besides its requester (its CC parties), named at filing and changed after it
 * through {@link TicketCarbonCopies}; the ticket decides when they may change. Notices read them when
 * they are written.
 */
@Embeddable
class CarbonCopies {

	@ElementCollection
	@CollectionTable(name = "ticket_cc", joinColumns = @JoinColumn(name = "ticket_id"))
	@Column(name = "email")
	private Set<String> emails = new LinkedHashSet<>();

	protected CarbonCopies() {
	}

	CarbonCopies(Collection<String> emails) {
		this.emails.addAll(emails);
	}

	/** {@code false} when it was already copied. */
	boolean add(String email) {
		return this.emails.add(email);
	}

	/** {@code false} when it was not copied. */
	boolean remove(String email) {
		return this.emails.remove(email);
	}

	/** The addresses in alphabetical order. */
	List<String> sorted() {
		return new ArrayList<>(new TreeSet<>(this.emails));
	}

}
