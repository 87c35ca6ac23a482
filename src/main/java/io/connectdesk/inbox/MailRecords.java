package io.connectdesk.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The record of every mail read ({@code inbound_mail}), one row per Message-ID: the unique key on the
 * Message-ID's digest is what makes a mail count once, whichever node reads it and however often the
 * mailbox delivers it.
 */
@Component
class MailRecords {

	private static final int TEXT_LENGTH = 500;

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	MailRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean seen(String messageId) {
		return this.jdbc.sql("select count(*) from inbound_mail where message_key = ?")
			.param(key(messageId))
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Records the mail as received, in the caller's transaction; a second record of the same
	 * Message-ID fails on the unique key (waiting for the first one's transaction on PostgreSQL).
	 * @return the row's id
	 */
	long received(InboundMail mail) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into inbound_mail (message_key, message_id, sender, subject, outcome, received_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(key(mail.messageId()), shortened(mail.messageId()), shortened(mail.from()), shortened(mail.subject()),
					MailOutcome.RECEIVED.name(), this.clock.instant().atOffset(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void handled(long id, MailOutcome outcome, String ticketId) {
		this.jdbc.sql("update inbound_mail set outcome = ?, ticket_id = ? where id = ?")
			.params(outcome.name(), ticketId, id)
			.update();
	}

	Optional<MailOutcome> outcomeOf(String messageId) {
		return this.jdbc.sql("select outcome from inbound_mail where message_key = ?")
			.param(key(messageId))
			.query(String.class)
			.optional()
			.map(MailOutcome::valueOf);
	}

	private static String shortened(String text) {
		return text == null || text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH);
	}

	private static String key(String messageId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
