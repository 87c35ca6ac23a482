package io.connectdesk.sla;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.connectdesk.customer.ServicePlan;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.workflow.CachedDecisions;

/** Asks {@code Decision_ServiceLevels} for a ticket's targets (cached: the same few questions on every filing). */
@Component
class ServiceLevelPolicy {

	private final CachedDecisions decisions;

	ServiceLevelPolicy(CachedDecisions decisions) {
		this.decisions = decisions;
	}

	Targets targets(ServicePlan plan, boolean urgent, TicketType type) {
		Map<String, Object> result = this.decisions.decide(ServiceLevelProcess.DECISION_KEY,
				Map.of(ServiceLevelProcess.IN_PLAN, plan.name(), ServiceLevelProcess.IN_URGENT, urgent,
						ServiceLevelProcess.IN_TICKET_TYPE, type.name()));
		return new Targets(Duration.parse((String) result.get(ServiceLevelProcess.OUT_FIRST_RESPONSE)),
				Duration.parse((String) result.get(ServiceLevelProcess.OUT_RESOLUTION)),
				CalendarKind.ofDecision((String) result.get(ServiceLevelProcess.OUT_CALENDAR)));
	}

}
