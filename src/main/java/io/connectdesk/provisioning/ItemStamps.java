package io.connectdesk.provisioning;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketStampPart;

/**
 * Provisioning's share of a ticket's live stamp: its items' count and latest change, so the ticket page
 * updates when an item runs, fails or is done. Reads the ticket's items through the unique key's index.
 */
@Component
class ItemStamps implements TicketStampPart {

	private final JdbcTemplate jdbc;

	ItemStamps(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String stampOf(String ticketKey) {
		return this.jdbc.queryForObject("select count(*), max(updated_at) from provisioning_item where ticket_id = ?",
				(rs, row) -> rs.getLong(1) + "." + rs.getObject(2, java.time.OffsetDateTime.class), ticketKey);
	}

}
