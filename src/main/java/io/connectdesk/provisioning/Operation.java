package io.connectdesk.provisioning;

import java.util.Optional;

/** What fulfilling a ticket does to its components. */
public enum Operation {

	PROVISION, CHANGE, DEPROVISION;

	/**
	 * From the ticket's type: activations and additional environments provision, deactivations
	 * deprovision, infrastructure and security changes change; other types provision nothing.
	 */
	public static Optional<Operation> forTicketType(String ticketType) {
		return switch (ticketType) {
			case "COMPONENT_ACTIVATION", "ADDITIONAL_ENVIRONMENT" -> Optional.of(PROVISION);
			case "COMPONENT_DEACTIVATION" -> Optional.of(DEPROVISION);
			case "INFRASTRUCTURE_CHANGE", "SECURITY_CHANGE" -> Optional.of(CHANGE);
			default -> Optional.empty();
		};
	}

}
