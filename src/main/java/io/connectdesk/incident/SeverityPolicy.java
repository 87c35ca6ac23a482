package io.connectdesk.incident;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.connectdesk.customer.ServicePlan;
import io.connectdesk.workflow.CachedDecisions;

/** Asks {@code Decision_IncidentSeverity} for an incident's severity (cached: few distinct questions, many alerts). */
@Component
class SeverityPolicy {

	static final String DECISION_KEY = "Decision_IncidentSeverity";

	static final String IN_LABEL = "severityLabel";

	static final String IN_COMPONENT = "component";

	static final String IN_PRODUCTION = "production";

	static final String IN_PLAN = "plan";

	static final String OUT_SEVERITY = "severity";

	private final CachedDecisions decisions;

	SeverityPolicy(CachedDecisions decisions) {
		this.decisions = decisions;
	}

	/** @param label the monitor's severity label ({@code critical}, {@code warning}, {@code info}), may be {@code null} */
	Severity severity(String label, String component, boolean production, ServicePlan plan) {
		Map<String, Object> result = this.decisions.decide(DECISION_KEY, inputs(label, component, production, plan));
		return Severity.valueOf((String) result.get(OUT_SEVERITY));
	}

	static Map<String, Object> inputs(String label, String component, boolean production, ServicePlan plan) {
		return Map.of(IN_LABEL, label == null ? "" : label.strip().toLowerCase(Locale.ROOT), IN_COMPONENT, component,
				IN_PRODUCTION, production, IN_PLAN, plan.name());
	}

}
