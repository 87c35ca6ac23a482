package io.connectdesk.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.connectdesk.audit.AuditEntryView;
import io.connectdesk.common.CsvWriter;

/**
 * Audit entries as CSV, newest first, every value quoted; the shared {@link CsvWriter} defuses a cell
 * that a spreadsheet would read as a formula.
 */
final class AuditCsv {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final List<String> HEADER = List.of("id", "recorded_at", "actor_id", "actor", "action", "customer_id",
			"entity_type", "entity_id", "before", "after", "details");

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
		CsvWriter csv = CsvWriter.quotingEveryValue(HEADER);
		for (AuditEntryView e : entries) {
			csv.row(e.id(), e.recordedAt(), e.actorId(), e.actorName(), e.action(), e.customerId(), e.entityType(),
					e.entityId(), e.before(), e.after(), e.details());
		}
		return csv.text();
	}

}
