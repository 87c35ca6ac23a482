package io.connectdesk.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketKeys;

/** The {@code ticket_attachment} rows: what each file is and who may see it (V48). */
@Component
class AttachmentRows {

	private static final String COLUMNS = "id, ticket_id, internal, filename, content_type, size_bytes, uploaded_by_name, created_at";

	private final JdbcClient jdbc;

	AttachmentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long ticketId, boolean internal, CheckedFile file, Long uploaderId, String uploaderName, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into ticket_attachment (ticket_id, internal, filename, content_type, size_bytes, sha256,
				    uploaded_by_id, uploaded_by_name, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ticketId, internal, file.filename(), file.contentType(), file.content().length, file.sha256(),
					uploaderId, uploaderName, Timestamp.from(at))
			.update(key, "id");
		return key.getKeyAs(Long.class);
	}

	long totalSize(long ticketId) {
		return this.jdbc.sql("select coalesce(sum(size_bytes), 0) from ticket_attachment where ticket_id = ?")
			.param(ticketId)
			.query(Long.class)
			.single();
	}

	List<AttachmentView> of(long ticketId, boolean withInternal) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket_attachment where ticket_id = ?"
				+ (withInternal ? "" : " and internal = false") + " order by id")
			.param(ticketId)
			.query(AttachmentRows::view)
			.list();
	}

	/** The ids of the ticket's text files, which may name secrets. */
	List<Long> textFiles(long ticketId, boolean withInternal) {
		return this.jdbc.sql("select id from ticket_attachment where ticket_id = ? and content_type = ?"
				+ (withInternal ? "" : " and internal = false") + " order by id")
			.params(ticketId, FileTypes.TEXT)
			.query(Long.class)
			.list();
	}

	Optional<AttachmentView> find(long ticketId, long attachmentId) {
		return this.jdbc.sql("select " + COLUMNS + " from ticket_attachment where ticket_id = ? and id = ?")
			.params(ticketId, attachmentId)
			.query(AttachmentRows::view)
			.optional();
	}

	private static AttachmentView view(ResultSet row, int index) throws SQLException {
		String ticket = TicketKeys.format(row.getLong("ticket_id"));
		long id = row.getLong("id");
		return new AttachmentView(id, row.getString("filename"), row.getString("content_type"), row.getLong("size_bytes"),
				row.getBoolean("internal"), row.getString("uploaded_by_name"), row.getTimestamp("created_at").toInstant(),
				"/tickets/" + ticket + "/attachments/" + id);
	}

}
