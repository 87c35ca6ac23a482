package io.connectdesk.sla.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.connectdesk.sla.BreachLine;
import io.connectdesk.sla.SlaReport;
import io.connectdesk.sla.TargetShare;

/** A report as CSV: one summary line per target, then one line per breach (times in the customer's zone). */
final class ReportCsv {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private ReportCsv() {
	}

	static ResponseEntity<String> download(SlaReport report) {
		String file = "sla-" + report.customerId() + "-" + report.month() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
			.body(text(report));
	}

	static String text(SlaReport report) {
		StringBuilder csv = new StringBuilder("record,customer,month,target,tickets,measured,met,percent\n");
		summary(csv, report, "FIRST_RESPONSE", report.firstResponse());
		summary(csv, report, "RESOLUTION", report.resolution());
		csv.append("record,ticket,target,due_at,recorded_at\n");
		for (BreachLine breach : report.breaches()) {
			csv.append("breach,").append(breach.ticketId()).append(',').append(breach.target()).append(',')
				.append(local(report, breach.dueAt())).append(',').append(local(report, breach.recordedAt())).append('\n');
		}
		return csv.toString();
	}

	private static void summary(StringBuilder csv, SlaReport report, String target, TargetShare share) {
		csv.append("summary,").append(quoted(report.customer())).append(',').append(report.month()).append(',')
			.append(target).append(',').append(report.tickets()).append(',').append(share.measured()).append(',')
			.append(share.met()).append(',').append(share.percent() == null ? "" : share.percent().toPlainString()).append('\n');
	}

	private static String local(SlaReport report, Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(report.zone()));
	}

	/** RFC 4180 quoting; a leading formula character is defused for spreadsheets. */
	private static String quoted(String value) {
		String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
