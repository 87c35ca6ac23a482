package io.connectdesk.incident.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import io.connectdesk.incident.IncidentLine;
import io.connectdesk.incident.IncidentView;

/** A customer's incidents as an Atom feed: one entry per incident, its public lines as content. */
final class AtomFeed {

	private AtomFeed() {
	}

	static String of(String feedUrl, String customerName, List<IncidentView> incidents) {
		Instant updated = incidents.stream().map(AtomFeed::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
		xml.append("  <id>").append(escape(feedUrl)).append("</id>\n");
		xml.append("  <title>").append(escape(customerName)).append(" · Connect Desk status</title>\n");
		xml.append("  <updated>").append(updated).append("</updated>\n");
		for (IncidentView incident : incidents) {
			xml.append("  <entry>\n    <id>urn:connectdesk:incident:").append(incident.id()).append("</id>\n");
			xml.append("    <title>INC-").append(incident.id()).append(' ').append(incident.status()).append(": ")
				.append(escape(incident.title())).append("</title>\n");
			xml.append("    <updated>").append(updatedAt(incident)).append("</updated>\n");
			xml.append("    <summary>").append(escape(incident.component() + " · " + incident.environment())).append("</summary>\n");
			xml.append("    <content type=\"text\">");
			for (IncidentLine line : incident.timeline()) {
				xml.append(escape(line.at() + " " + line.kind() + (line.text() == null ? "" : ": " + line.text()))).append('\n');
			}
			xml.append("</content>\n  </entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	private static Instant updatedAt(IncidentView incident) {
		return incident.timeline().stream().map(IncidentLine::at).max(Instant::compareTo).orElse(incident.openedAt());
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}

}
