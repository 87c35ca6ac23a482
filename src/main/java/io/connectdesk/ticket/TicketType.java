package io.connectdesk.ticket;

import java.util.EnumSet;
import java.util.Set;

/** What a ticket asks for. */
public enum TicketType {

	COMPONENT_ACTIVATION, COMPONENT_DEACTIVATION, ADDITIONAL_ENVIRONMENT, ACCESS_REQUEST, INFRASTRUCTURE_CHANGE,
	SECURITY_CHANGE, VPN_LINK, QUESTION, INCIDENT,
	/** Onboarding: the service for a customer, sized by a form; its items are the sizing's bill. */
	SERVICE_ACTIVATION;

	private static final Set<TicketType> CHANGING_ITEMS = EnumSet.of(INFRASTRUCTURE_CHANGE, SECURITY_CHANGE);

	/**
	 * Whether a request of this type may name, in {@code items}, components the customer has, with their
	 * new parameters (optional: a free-text change names none). Such items are changed, not costed.
	 */
	public boolean changesItems() {
		return CHANGING_ITEMS.contains(this);
	}

	/** The types the general new-ticket form offers (a service activation has its own sizing form). */
	public static Set<TicketType> filedByForm() {
		return EnumSet.complementOf(EnumSet.of(SERVICE_ACTIVATION));
	}

}
