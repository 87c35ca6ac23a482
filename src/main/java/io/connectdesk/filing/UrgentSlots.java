package io.connectdesk.filing;

import java.time.Instant;
import java.util.Optional;

import io.connectdesk.common.Caller;

/**
 * The urgent quota, as filing needs it: the quota module implements it (the ticket module does not
 * depend on that module, which listens to ticket changes to give slots back).
 */
public interface UrgentSlots {

	/**
	 * Takes one urgent slot of the customer's current period for the ticket, in the caller's
	 * transaction: the slot is taken exactly when the ticket is filed.
	 * @return empty when the ticket got its slot; why not, when the period's slots are spent
	 */
	Optional<UrgentRefusal> take(Long customerId, String ticketId, Caller requester, Instant at);

}
