package io.connectdesk.incident;

import java.time.Instant;
import java.util.Map;

/**
 * One alert as the intake understands it, whatever format brought it: its fingerprint (the
 * monitor's identity of the alert), status, labels and times. {@code group} is the monitor's
 * grouping key (Alertmanager's {@code groupKey}), may be {@code null}.
 */
public record Alert(String fingerprint, AlertStatus status, Map<String, String> labels, String summary,
		Instant startsAt, Instant endsAt, String group) {

	/** The label naming the customer's component (a catalog key such as {@code database}). */
	public static final String COMPONENT = "component";

	/** The label naming the customer's environment by its key ({@code production}...). */
	public static final String ENVIRONMENT = "environment";

	/** The label with the monitor's own severity: {@code critical}, {@code warning}, {@code info}. */
	public static final String SEVERITY = "severity";

	/** Optional: when present it must name the integration's own customer, else the alert is foreign. */
	public static final String CUSTOMER = "customer";

	public static final String ALERT_NAME = "alertname";

	public Alert {
		labels = Map.copyOf(labels);
	}

	public String label(String name) {
		return this.labels.get(name);
	}

	public String name() {
		String name = label(ALERT_NAME);
		return name == null || name.isBlank() ? this.fingerprint : name;
	}

}
