package io.connectdesk.incident;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.CustomerDetail;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.ticket.IncidentFiled;

/**
 * A customer's {@code INCIDENT} ticket opens an incident linked to it, in the filing's transaction:
 * about the first component and environment the requester named (production when none), as
 * critical when the ticket is urgent, else as a warning.
 */
@Component
class FiledIncidents {

	static final String NO_COMPONENT = "unspecified";

	static final String DEFAULT_ENVIRONMENT = "production";

	private final IncidentOpening opening;

	private final Contracts contracts;

	private final java.time.Clock clock;

	FiledIncidents(IncidentOpening opening, Contracts contracts, java.time.Clock clock) {
		this.opening = opening;
		this.contracts = contracts;
		this.clock = clock;
	}

	@EventListener
	void filed(IncidentFiled ticket) {
		String component = ticket.components().isEmpty() ? NO_COMPONENT : ticket.components().get(0);
		String environment = ticket.environments().isEmpty() ? DEFAULT_ENVIRONMENT : ticket.environments().get(0);
		CustomerDetail customer = this.contracts.detail(ticket.customerId()); // its plan and environments in one read
		boolean production = customer.environments()
			.stream()
			.anyMatch(view -> view.key().equals(environment) && view.kind() == EnvironmentKind.PRODUCTION);
		this.opening.open(ticket.customerId(), customer.contract().plan(), ticket.title(), component, environment, production, ticket.urgent() ? "critical" : "warning", ticket.ticketId(), this.clock.instant());
	}

}
