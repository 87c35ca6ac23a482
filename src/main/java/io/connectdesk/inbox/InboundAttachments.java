package io.connectdesk.inbox;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mail's files in the database ({@code inbound_attachment}), until the attachment store takes them. */
@Component
class InboundAttachments implements MailAttachments {

	private final JdbcClient jdbc;

	InboundAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void keep(String ticketId, long mailId, List<MailAttachment> files) {
		for (MailAttachment file : files) {
			this.jdbc.sql("insert into inbound_attachment (mail_id, ticket_id, file_name, content_type, size_bytes, content) "
					+ "values (?, ?, ?, ?, ?, ?)")
				.params(mailId, ticketId, file.fileName(), file.contentType(), file.content().length, file.content())
				.update();
		}
	}

	/** The names of the files kept with a ticket, oldest first. */
	List<String> namesOf(String ticketId) {
		return this.jdbc.sql("select file_name from inbound_attachment where ticket_id = ? order by id")
			.param(ticketId)
			.query(String.class)
			.list();
	}

}
