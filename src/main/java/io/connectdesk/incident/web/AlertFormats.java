package io.connectdesk.incident.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.incident.Alert;
import io.connectdesk.incident.AlertStatus;
import io.connectdesk.incident.MalformedAlertsException;

/** Reads both alert formats into {@link Alert}s; refuses what is not the format. */
final class AlertFormats {

	private final ObjectMapper json;

	AlertFormats(ObjectMapper json) {
		this.json = json;
	}

	List<Alert> alertmanager(byte[] body) {
		AlertmanagerWebhook webhook = read(body, AlertmanagerWebhook.class);
		if (!AlertmanagerWebhook.VERSION.equals(webhook.version())) {
			throw new MalformedAlertsException("Only Alertmanager's webhook version 4 is taken");
		}
		if (webhook.alerts() == null) {
			throw new MalformedAlertsException("The webhook carries no alerts");
		}
		return webhook.alerts().stream().map(entry -> {
			if (entry == null) {
				throw new MalformedAlertsException("An alert is null");
			}
			Map<String, String> labels = labels(entry.labels());
			Map<String, String> annotations = entry.annotations() == null ? Map.of() : entry.annotations();
			String summary = annotations.getOrDefault("summary", annotations.get("description"));
			return new Alert(entry.fingerprint(), AlertStatus.of(entry.status()).orElse(null), labels, summary, entry.startsAt(),
					entry.endsAt(), webhook.groupKey());
		}).toList();
	}

	List<Alert> generic(byte[] body) {
		GenericAlerts alerts = read(body, GenericAlerts.class);
		if (alerts.alerts() == null) {
			throw new MalformedAlertsException("Send {\"alerts\": [...]}");
		}
		return alerts.alerts().stream().map(entry -> {
			if (entry == null) {
				throw new MalformedAlertsException("An alert is null");
			}
			Map<String, String> labels = labels(entry.labels());
			String fingerprint = entry.fingerprint() == null ? fingerprintOf(labels) : entry.fingerprint();
			return new Alert(fingerprint, AlertStatus.of(entry.status()).orElse(null), labels, entry.summary(), entry.startsAt(),
					entry.endsAt(), entry.group());
		}).toList();
	}

	private <T> T read(byte[] body, Class<T> type) {
		try {
			T value = this.json.readValue(body, type);
			if (value == null) {
				throw new MalformedAlertsException("The body is empty");
			}
			return value;
		}
		catch (IOException ex) {
			throw new MalformedAlertsException("The body is not the alert format this endpoint takes");
		}
	}

	private static Map<String, String> labels(Map<String, String> labels) {
		if (labels == null || labels.containsKey(null) || labels.containsValue(null)) {
			throw new MalformedAlertsException("Every alert needs labels, none of them null");
		}
		return labels;
	}

	/** As Alertmanager does it: the same labels, the same alert. */
	static String fingerprintOf(Map<String, String> labels) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			new TreeMap<>(labels).forEach((name, value) -> digest.update((name + "\u0000" + value + "\u0000").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
