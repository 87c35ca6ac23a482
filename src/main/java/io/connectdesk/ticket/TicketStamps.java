package io.connectdesk.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;

/**
 * A ticket's live stamp: a short value that changes whenever what its page shows changes (status, claims and
 * tasks through the row's version, the timeline, the conversation, and the {@link TicketStampPart}s of other
 * modules). Read from the database on every poll, so every node of a cluster answers the same. Customer users'
 * stamps leave internal notes and internal timeline kinds out, so a staff note does not tell them something happened.
 * Lines and messages are counted, not their highest id: a line's id comes from its node's block of ids (V72), and a
 * transaction that commits later may hold a lower id than one already seen.
 */
@Service
@Transactional(readOnly = true)
public class TicketStamps {

	private static final String SQL = "select t.version,"
			+ " (select count(e.id) from ticket_event e where e.ticket_id = t.id and (:staff = true or e.kind not in (:internal))),"
			+ " (select count(m.id) from ticket_message m where m.ticket_id = t.id and (m.internal = false or :staff = true))"
			+ " from ticket t where t.id = :id and (:staff = true or t.customer_id = :customer)";

	/** Timeline kinds customers do not see ({@link TimelineKind#isInternal()}). */
	private static final List<String> INTERNAL = Arrays.stream(TimelineKind.values())
		.filter(TimelineKind::isInternal)
		.map(Enum::name)
		.toList();

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectProvider<TicketStampPart> parts;

	TicketStamps(NamedParameterJdbcTemplate jdbc, ObjectProvider<TicketStampPart> parts) {
		this.jdbc = jdbc;
		this.parts = parts;
	}

	/** The ticket's stamp as the caller sees it; unknown and foreign tickets are not found. */
	public String stampOf(String key, Caller caller) {
		long id = TicketKeys.parse(key).orElseThrow(() -> new TicketNotFoundException(key));
		List<String> own = this.jdbc.query(SQL,
				new MapSqlParameterSource("id", id).addValue("staff", caller.isStaff())
					.addValue("customer", caller.customerId())
					.addValue("internal", INTERNAL),
				(rs, row) -> rs.getLong(1) + "." + rs.getLong(2) + "." + rs.getLong(3));
		if (own.isEmpty()) {
			throw new TicketNotFoundException(key);
		}
		StringBuilder all = new StringBuilder(own.get(0));
		this.parts.orderedStream().forEach(part -> all.append('|').append(part.stampOf(TicketKeys.format(id))));
		return digest(all.toString());
	}

	/** Short and opaque: the stamp says nothing about the counts behind it. */
	static String digest(String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
