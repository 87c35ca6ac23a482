package io.connectdesk.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Prometheus Alertmanager's webhook body, version 4, as Alertmanager sends it (fields we do not
 * use, and any it adds later, are ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerWebhook(String version, String groupKey, String status, String receiver, List<Entry> alerts) {

	static final String VERSION = "4";

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(String status, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
			Instant endsAt, String generatorURL, String fingerprint) {
	}

}
