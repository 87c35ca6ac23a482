package io.connectdesk.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.connectdesk.attachment.AttachmentStore;

/**
 * Builds a ticket's search document from its rows: what everyone on the ticket sees, and what only staff see.
 * Reads the ticket, conversation, item and attachment tables directly (a read model, as the queue does).
 */
@Component
class SearchDocuments {

	/** The type the attachment module gives text files, whose content is searched. */
	static final String TEXT_FILE = "text/plain";

	/** The characters of one text file that are searched (a log's first lines, a configuration). */
	static final int FILE_TEXT = 32 * 1024;

	/** The characters of all a ticket's text files that are searched: PostgreSQL's tsvector takes at most 1 MB. */
	static final int FILES_TEXT = 256 * 1024;

	private final JdbcClient jdbc;

	private final AttachmentStore files;

	SearchDocuments(JdbcClient jdbc, AttachmentStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	/**
	 * The first document of a ticket just filed, in two statements (the filing's budget counts them): a
	 * new ticket has no conversation, no files and no document yet, only its title, description and items.
	 */
	void first(long ticketId) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select t.customer_id, t.title, t.description, i.parameters_json from ticket t "
					+ "left join ticket_item i on i.ticket_id = t.id where t.id = ? order by i.line_no")
			.param(ticketId)
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder everyone = new StringBuilder();
		append(everyone, (String) rows.get(0).get("title"));
		append(everyone, (String) rows.get(0).get("description"));
		rows.stream().map(row -> (String) row.get("parameters_json")).filter(json -> json != null)
			.forEach(json -> append(everyone, parameterValues(json)));
		this.jdbc.sql("insert into ticket_search (ticket_id, customer_id, public_text, internal_text) values (?, ?, ?, ?)")
			.params(ticketId, rows.get(0).get("customer_id"), everyone.toString(), "")
			.update();
	}

	void rebuild(long ticketId) {
		Optional<Map<String, Object>> ticket = this.jdbc
			.sql("select customer_id, title, description from ticket where id = ?")
			.param(ticketId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (ticket.isEmpty()) {
			return;
		}
		StringBuilder everyone = new StringBuilder();
		StringBuilder staff = new StringBuilder();
		append(everyone, (String) ticket.get().get("title"));
		append(everyone, (String) ticket.get().get("description"));
		for (Text message : texts("select body as text, internal from ticket_message where ticket_id = ? order by id", ticketId)) {
			append(message.internal() ? staff : everyone, message.text());
		}
		for (Text item : texts("select parameters_json as text, false as internal from ticket_item where ticket_id = ? order by line_no", ticketId)) {
			append(everyone, parameterValues(item.text()));
		}
		int fileText = 0;
		for (File file : files(ticketId)) {
			StringBuilder document = file.internal() ? staff : everyone;
			append(document, file.name());
			if (TEXT_FILE.equals(file.type()) && fileText < FILES_TEXT) {
				String text = this.files.get(file.id()).map(SearchDocuments::text).orElse("");
				text = text.substring(0, Math.min(text.length(), Math.min(FILE_TEXT, FILES_TEXT - fileText)));
				fileText += text.length();
				append(document, text);
			}
		}
		this.jdbc.sql("delete from ticket_search where ticket_id = ?").param(ticketId).update();
		this.jdbc.sql("insert into ticket_search (ticket_id, customer_id, public_text, internal_text) values (?, ?, ?, ?)")
			.params(ticketId, ticket.get().get("customer_id"), everyone.toString(), staff.toString())
			.update();
	}

	private List<Text> texts(String sql, long ticketId) {
		return this.jdbc.sql(sql).param(ticketId).query((row, index) -> new Text(row.getString("text"), row.getBoolean("internal"))).list();
	}

	/** The ticket's files: their names are searched, and text files' content (masked of secrets when stored). */
	private List<File> files(long ticketId) {
		return this.jdbc.sql("select id, filename, content_type, internal from ticket_attachment where ticket_id = ? order by id")
			.param(ticketId)
			.query((row, index) -> new File(row.getLong("id"), row.getString("filename"), row.getString("content_type"),
					row.getBoolean("internal")))
			.list();
	}

	private static String text(byte[] content) {
		return new String(content, 0, Math.min(content.length, FILE_TEXT * 4), StandardCharsets.UTF_8);
	}

	/** The values of a parameters object, not its keys or punctuation: {"dnsName":"api.acme.example"} gives api.acme.example. */
	static String parameterValues(String json) {
		return json.replaceAll("\"[^\"]*\"\\s*:", " ").replaceAll("[{}\\[\\],\"]", " ").replaceAll("\\s+", " ").strip();
	}

	private static void append(StringBuilder document, String text) {
		if (text != null && !text.isBlank()) {
			document.append(document.isEmpty() ? "" : "\n").append(text);
		}
	}

	private record Text(String text, boolean internal) {
	}

	private record File(long id, String name, String type, boolean internal) {
	}

}
