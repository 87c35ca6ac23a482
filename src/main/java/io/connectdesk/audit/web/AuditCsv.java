package io.connectdesk.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.connectdesk.audit.AuditEntryView;

/**
 * Audit entries as CSV (RFC 4180), newest first. A cell that a spreadsheet would read as a formula
 * (it starts with = + - @, a tab or a carriage return) is defused with a leading apostrophe.
 */
final class AuditCsv {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String HEADER = "id,recorded_at,actor_id,actor,action,customer_id,entity_type,entity_id,before,after,details\n";

	private AuditCsv() {
	}

	static ResponseEntity<String> download(List<AuditEntryView> entries) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
			.body(text(entries));
	}

	static String text(List<AuditEntryView> entries) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (AuditEntryView e : entries) {
			List<Object> cells = java.util.Arrays.asList(e.id(), e.recordedAt(), e.actorId(), e.actorName(), e.action(),
					e.customerId(), e.entityType(), e.entityId(), e.before(), e.after(), e.details());
			csv.append(String.join(",", cells.stream().map(AuditCsv::cell).toList())).append('\n');
		}
		return csv.toString();
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		String safe = text.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
