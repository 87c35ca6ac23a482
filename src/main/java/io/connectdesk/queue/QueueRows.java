package io.connectdesk.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.TicketKeys;
import io.connectdesk.ticket.TicketStatus;
import io.connectdesk.ticket.TicketType;

/**
 * The SQL of the queue views, read straight from the ticket table. Every view is one range of one
 * index of V18 read in queue order: the query orders by that index's equality columns first (they are
 * fixed by the WHERE clause, so the order is the queue's), which lets the database read the page off
 * the index and stop instead of sorting the whole view. "Breaching soon" is the union of four such
 * ranges (urgent or not, due within the horizon or warned), each cut to the rows the page needs.
 */
@Component
class QueueRows {

	private static final String COLUMNS = "t.id, t.title, t.customer_id, t.type, t.urgent, t.status, t.assignee_id, "
			+ "t.next_due_at, t.escalated_at, t.process_instance_id";

	private static final String QUEUE_ORDER = "urgent desc, next_due_at asc nulls last, id asc";

	private final NamedParameterJdbcTemplate jdbc;

	QueueRows(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param componentKeys the keys of the filter's category; {@code null} without a category filter
	 * @param horizon the end of the breaching view's horizon (now plus the setting)
	 * @return the view's rows from {@code offset}, at most {@code limit}
	 */
	List<Row> find(QueueFilter filter, Long userId, List<String> componentKeys, Instant horizon, int offset, int limit) {
		return this.jdbc.query(sql(filter, componentKeys != null), params(filter, userId, componentKeys, horizon, offset, limit),
				QueueRows::row);
	}

	/**
	 * How many tickets the view holds, counted up to {@code cap} only: the view's own query cut at the cap, so a
	 * count reads at most that many index entries however long the queue is.
	 */
	int count(QueueFilter filter, Long userId, List<String> componentKeys, Instant horizon, int cap) {
		Integer counted = this.jdbc.queryForObject("select count(*) from (" + sql(filter, componentKeys != null) + ") c",
				params(filter, userId, componentKeys, horizon, 0, cap), Integer.class);
		return counted == null ? 0 : counted;
	}

	private static MapSqlParameterSource params(QueueFilter filter, Long userId, List<String> componentKeys, Instant horizon,
			int offset, int limit) {
		return new MapSqlParameterSource().addValue("offset", offset)
			.addValue("limit", limit)
			.addValue("inner", offset + limit)
			.addValue("me", userId)
			.addValue("customer", filter.customerId())
			.addValue("type", filter.type() == null ? null : filter.type().name())
			.addValue("keys", componentKeys)
			.addValue("horizon", OffsetDateTime.ofInstant(horizon, ZoneOffset.UTC));
	}

	/** The query of a view; visible for the EXPLAIN checks of the benchmark and tests. */
	static String sql(QueueFilter filter, boolean byCategory) {
		if (filter.view() == QueueView.BREACHING) {
			return breaching(filter, byCategory);
		}
		boolean byCustomer = filter.customerId() != null;
		Range range = switch (filter.view()) {
			case REVIEW -> byStatus(TicketStatus.IN_REVIEW, byCustomer);
			case WAITING -> byStatus(TicketStatus.WAITING_FOR_CUSTOMER, byCustomer);
			case URGENT -> byCustomer
					? new Range("t.customer_id = :customer and t.in_queue = true and t.urgent = true", "t.customer_id, t.in_queue, ")
					: new Range("t.in_queue = true and t.urgent = true", "t.in_queue, ");
			case MINE -> new Range("t.assignee_id = :me" + customer(byCustomer), "t.assignee_id, ");
			case ESCALATED -> new Range("t.escalated = true" + customer(byCustomer), "t.escalated, ");
			case BREACHING -> throw new IllegalStateException();
		};
		return "select " + COLUMNS + " from ticket t where " + range.where() + narrowing(filter, byCategory) + " order by "
				+ range.orderPrefix() + prefixed("t.") + " limit :limit offset :offset";
	}

	private static Range byStatus(TicketStatus status, boolean byCustomer) {
		String where = "t.status = '" + status.name() + "'";
		return byCustomer ? new Range("t.customer_id = :customer and " + where, "t.customer_id, t.status, ")
				: new Range(where, "t.status, ");
	}

	private static String breaching(QueueFilter filter, boolean byCategory) {
		boolean byCustomer = filter.customerId() != null;
		String narrowing = narrowing(filter, byCategory);
		StringBuilder union = new StringBuilder();
		for (boolean urgent : new boolean[] { true, false }) {
			String dueSoon = byCustomer ? "t.customer_id = :customer and t.in_queue = true" : "t.in_queue = true";
			String dueSoonOrder = byCustomer ? "t.customer_id, t.in_queue, " : "t.in_queue, ";
			union.append(union.isEmpty() ? "" : " union all ")
				.append("(select ").append(COLUMNS).append(" from ticket t where ").append(dueSoon)
				.append(" and t.urgent = ").append(urgent)
				.append(" and t.next_due_at <= :horizon and t.status <> '").append(TicketStatus.WAITING_FOR_CUSTOMER.name())
				.append("'").append(narrowing).append(" order by ").append(dueSoonOrder).append(prefixed("t."))
				.append(" limit :inner)")
				.append(" union all (select ").append(COLUMNS).append(" from ticket t where t.sla_warned = true and t.urgent = ")
				.append(urgent).append(" and t.next_due_at > :horizon").append(customer(byCustomer)).append(narrowing)
				.append(" order by t.sla_warned, ").append(prefixed("t.")).append(" limit :inner)");
		}
		return "select * from (" + union + ") q order by " + prefixed("q.") + " limit :limit offset :offset";
	}

	private static String narrowing(QueueFilter filter, boolean byCategory) {
		return (filter.type() == null ? "" : " and t.type = :type") + (byCategory
				? " and exists (select 1 from ticket_component c where c.ticket_id = t.id and c.component_key in (:keys))"
				: "");
	}

	private static String customer(boolean byCustomer) {
		return byCustomer ? " and t.customer_id = :customer" : "";
	}

	private static String prefixed(String alias) {
		return alias + QUEUE_ORDER.replace(", ", ", " + alias);
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		long assignee = rs.getLong("assignee_id");
		Long assigneeId = rs.wasNull() ? null : assignee;
		return new Row(rs.getLong("id"), rs.getString("title"), rs.getLong("customer_id"),
				TicketType.valueOf(rs.getString("type")), rs.getBoolean("urgent"), TicketStatus.valueOf(rs.getString("status")),
				assigneeId, instant(rs, "next_due_at"), instant(rs, "escalated_at"),
				rs.getString("process_instance_id"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/** A view's equality condition and the same columns as the start of its order. */
	private record Range(String where, String orderPrefix) {
	}

	/** A ticket row as the views read it. */
	record Row(long id, String title, long customerId, TicketType type, boolean urgent, TicketStatus status,
			Long assigneeId, Instant nextDueAt, Instant escalatedAt, String processInstanceId) {

		String key() {
			return TicketKeys.format(this.id);
		}

	}

}
