package io.connectdesk.ticket;

import java.util.Optional;

/**
 * Where secrets found in a ticket's text are kept, encrypted (the provisioning module's secret store
 * implements it): the ticket keeps only a reference. A port, because the store belongs to a module
 * that itself depends on tickets.
 */
public interface ConversationSecrets {

	/** Keeps a secret of that customer, encrypted; @return its id, for the reference in the text */
	String keep(Long customerId, String kind, String value);

	/** The secret in clear, when it is one of that customer's; for a staff member's audited reveal only. */
	Optional<String> reveal(Long customerId, String id);

}
