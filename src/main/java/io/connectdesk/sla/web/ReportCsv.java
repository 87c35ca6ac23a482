package io.connectdesk.sla.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.connectdesk.common.CsvWriter;
import io.connectdesk.sla.BreachLine;
import io.connectdesk.sla.SlaReport;
import io.connectdesk.sla.TargetShare;

/**
 * A report as CSV through the shared {@link CsvWriter}: one summary line per target, then one line per
 * breach (times in the customer's zone).
 */
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
		CsvWriter csv = CsvWriter
			.quotingWhereNeeded(List.of("record", "customer", "month", "target", "tickets", "measured", "met", "percent"));
		summary(csv, report, "FIRST_RESPONSE", report.firstResponse());
		summary(csv, report, "RESOLUTION", report.resolution());
		csv.row("record", "ticket", "target", "due_at", "recorded_at");
		for (BreachLine breach : report.breaches()) {
			csv.row("breach", breach.ticketId(), breach.target(), local(report, breach.dueAt()),
					local(report, breach.recordedAt()));
		}
		return csv.text();
	}

	private static void summary(CsvWriter csv, SlaReport report, String target, TargetShare share) {
		csv.row("summary", report.customer(), report.month(), target, report.tickets(), share.measured(), share.met(),
				share.percent());
	}

	private static String local(SlaReport report, Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(report.zone()));
	}

}
