package io.connectdesk.attachment;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The default storage: one {@code attachment_content} row per file (V48). */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

	private final JdbcClient jdbc;

	DatabaseAttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(long attachmentId, byte[] content) {
		this.jdbc.sql("insert into attachment_content (attachment_id, content) values (?, ?)")
			.params(attachmentId, content)
			.update();
	}

	@Override
	public Optional<byte[]> get(long attachmentId) {
		return this.jdbc.sql("select content from attachment_content where attachment_id = ?")
			.param(attachmentId)
			.query(byte[].class)
			.optional();
	}

}
