package io.connectdesk.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The generic alert format, for monitors other than Alertmanager. */
@Schema(description = "Alerts from any monitor. Labels: component (a catalog component key), environment (one of the "
		+ "customer's environment keys), severity (critical, warning, info), alertname; customer (optional, must be "
		+ "the integration's own customer)")
record GenericAlerts(List<Entry> alerts) {

	@Schema(description = "One alert")
	record Entry(
			@Schema(description = "The monitor's identity of the alert; repeats with the same one are deduplicated. "
					+ "Default: a hash of the labels", example = "3f6a1c2e9b0d4a77") String fingerprint,
			@Schema(description = "firing or resolved", example = "firing") String status,
			@Schema(example = "{\"alertname\":\"DatabaseDown\",\"component\":\"database\",\"environment\":\"production\",\"severity\":\"critical\"}") Map<String, String> labels,
			@Schema(description = "One line for people", example = "Primary database unreachable") String summary,
			Instant startsAt, Instant endsAt,
			@Schema(description = "Alerts of one delivery with the same group (and component and environment) open one incident") String group) {
	}

}
