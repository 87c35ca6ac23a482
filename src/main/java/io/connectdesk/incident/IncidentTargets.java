package io.connectdesk.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.connectdesk.customer.ServicePlan;
import io.connectdesk.workflow.CachedDecisions;

/** Asks {@code Decision_IncidentServiceLevels} for an incident's targets (cached: twelve distinct questions). */
@Component
class IncidentTargets {

	static final String DECISION_KEY = "Decision_IncidentServiceLevels";

	private final CachedDecisions decisions;

	IncidentTargets(CachedDecisions decisions) {
		this.decisions = decisions;
	}

	Targets of(Severity severity, ServicePlan plan) {
		Map<String, Object> result = this.decisions.decide(DECISION_KEY, Map.of("severity", severity.name(), "plan", plan.name()));
		return new Targets(Duration.parse((String) result.get("acknowledgeTarget")), Duration.parse((String) result.get("mitigateTarget")),
				Duration.parse((String) result.get("resolveTarget")));
	}

	/** Durations from the opening, around the clock. */
	record Targets(Duration acknowledge, Duration mitigate, Duration resolve) {
	}

	/** The three targets by name, with when each was met ({@code null}: not yet). */
	enum Target {

		ACKNOWLEDGE, MITIGATE, RESOLVE;

		Duration of(Targets targets) {
			return switch (this) {
				case ACKNOWLEDGE -> targets.acknowledge();
				case MITIGATE -> targets.mitigate();
				case RESOLVE -> targets.resolve();
			};
		}

		Instant metAt(Incident incident) {
			return switch (this) {
				case ACKNOWLEDGE -> incident.getAcknowledgedAt();
				case MITIGATE -> incident.getMitigatedAt();
				case RESOLVE -> incident.getResolvedAt();
			};
		}

		/** Whether the target was missed by then: met late, or not met and due. */
		boolean missed(Incident incident, Targets targets, Instant now) {
			Instant due = incident.getOpenedAt().plus(of(targets));
			Instant met = metAt(incident);
			return met == null ? now.isAfter(due) : met.isAfter(due);
		}

	}

}
