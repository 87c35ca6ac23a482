package io.connectdesk.quota;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The quota tables, in plain SQL: the conditional update that takes a slot is the whole point, and
 * it must run as written. Every method joins the caller's transaction.
 */
@Repository
class QuotaRows {

	/** How often to look again for a period row that a concurrent transaction is creating. */
	private static final int CREATE_ATTEMPTS = 100;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	QuotaRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * The id of the customer's row for that period, created on first use. Creating it may race with
	 * another filing: the insert runs under a savepoint, so losing the race (a duplicate key) leaves
	 * the caller's transaction usable (PostgreSQL aborts a transaction on any failed statement).
	 */
	long periodId(Long customerId, QuotaWindow window, int slots) {
		for (int attempt = 1;; attempt++) {
			Optional<Long> found = this.jdbc
				.sql("select id from quota_period where customer_id = :customer and period_start = :start")
				.param("customer", customerId)
				.param("start", utc(window.start()))
				.query(Long.class)
				.optional();
			if (found.isPresent()) {
				return found.get();
			}
			try {
				underSavepoint(() -> this.jdbc
					.sql("insert into quota_period (customer_id, period_start, period_end, slots, used) "
							+ "values (:customer, :start, :end, :slots, 0)")
					.param("customer", customerId)
					.param("start", utc(window.start()))
					.param("end", utc(window.end()))
					.param("slots", slots)
					.update());
			}
			catch (DataAccessException createdByAnother) {
				if (attempt >= CREATE_ATTEMPTS) {
					throw createdByAnother;
				}
				pause();
			}
		}
	}

	/** Takes a slot if fewer than {@code slots} are used: the database decides, row by row. */
	boolean tryTake(long periodId, int slots) {
		return this.jdbc.sql("update quota_period set used = used + 1, slots = :slots where id = :id and used < :slots")
			.param("slots", slots)
			.param("id", periodId)
			.update() == 1;
	}

	void recordSlot(long periodId, String ticketId, Instant at, String takenBy) {
		this.jdbc.sql("insert into quota_slot (period_id, ticket_id, taken_at, taken_by) values (:period, :ticket, :at, :by)")
			.param("period", periodId)
			.param("ticket", ticketId)
			.param("at", utc(at))
			.param("by", takenBy)
			.update();
	}

	void recordRefusal(long periodId, String ticketId, Instant at, String refusedTo) {
		this.jdbc
			.sql("insert into quota_refusal (period_id, ticket_id, refused_at, refused_to) values (:period, :ticket, :at, :to)")
			.param("period", periodId)
			.param("ticket", ticketId)
			.param("at", utc(at))
			.param("to", refusedTo)
			.update();
	}

	/**
	 * Gives the ticket's slot back to its period, once: the second call finds it returned already.
	 * @return whether this call gave it back
	 */
	boolean giveBack(String ticketId, Instant at, String returnedBy, SlotReturn reason) {
		int marked = this.jdbc
			.sql("update quota_slot set returned_at = :at, returned_by = :by, return_reason = :reason "
					+ "where ticket_id = :ticket and returned_at is null")
			.param("at", utc(at))
			.param("by", returnedBy)
			.param("reason", reason.name())
			.param("ticket", ticketId)
			.update();
		if (marked == 0) {
			return false;
		}
		this.jdbc
			.sql("update quota_period set used = used - 1 "
					+ "where id = (select period_id from quota_slot where ticket_id = :ticket) and used > 0")
			.param("ticket", ticketId)
			.update();
		return true;
	}

	Optional<PeriodRow> period(Long customerId, Instant start) {
		return this.jdbc
			.sql("select id, period_start, period_end, slots, used from quota_period "
					+ "where customer_id = :customer and period_start = :start")
			.param("customer", customerId)
			.param("start", utc(start))
			.query(QuotaRows::periodRow)
			.optional();
	}

	/** The customer's periods that had any use, newest first. */
	List<PeriodRow> periods(Long customerId, int limit) {
		return this.jdbc
			.sql("select id, period_start, period_end, slots, used from quota_period where customer_id = :customer "
					+ "order by period_start desc")
			.param("customer", customerId)
			.query(QuotaRows::periodRow)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** What happened in a period: slots taken, given back, refused; oldest first. */
	List<QuotaEvent> events(long periodId) {
		List<QuotaEvent> taken = this.jdbc
			.sql("select ticket_id, taken_at, taken_by, returned_at, returned_by, return_reason from quota_slot "
					+ "where period_id = :period")
			.param("period", periodId)
			.query((rs, row) -> new SlotRow(rs.getString(1), instant(rs.getObject(2, OffsetDateTime.class)),
					rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)), rs.getString(5), rs.getString(6)))
			.list()
			.stream()
			.flatMap(SlotRow::events)
			.toList();
		List<QuotaEvent> refused = this.jdbc
			.sql("select ticket_id, refused_at, refused_to from quota_refusal where period_id = :period")
			.param("period", periodId)
			.query((rs, row) -> new QuotaEvent(instant(rs.getObject(2, OffsetDateTime.class)), QuotaEvent.Kind.REFUSED,
					rs.getString(1), rs.getString(3), null))
			.list();
		return java.util.stream.Stream.concat(taken.stream(), refused.stream()).sorted().toList();
	}

	private static PeriodRow periodRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PeriodRow(rs.getLong(1), new QuotaWindow(instant(rs.getObject(2, OffsetDateTime.class)),
				instant(rs.getObject(3, OffsetDateTime.class))), rs.getInt(4), rs.getInt(5));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	/**
	 * Runs the statement under a JDBC savepoint of the transaction's connection (the JPA dialect
	 * offers none): when it fails, only the statement is undone.
	 */
	private void underSavepoint(Runnable statement) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			Savepoint savepoint = connection.setSavepoint();
			try {
				statement.run();
			}
			catch (RuntimeException failed) {
				connection.rollback(savepoint);
				throw failed;
			}
			connection.releaseSavepoint(savepoint);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Savepoint failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(10);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a quota period row", ex);
		}
	}

	record PeriodRow(long id, QuotaWindow window, int slots, int used) {
	}

	private record SlotRow(String ticketId, Instant takenAt, String takenBy, Instant returnedAt, String returnedBy,
			String reason) {

		java.util.stream.Stream<QuotaEvent> events() {
			QuotaEvent taken = new QuotaEvent(this.takenAt, QuotaEvent.Kind.TAKEN, this.ticketId, this.takenBy, null);
			if (this.returnedAt == null) {
				return java.util.stream.Stream.of(taken);
			}
			return java.util.stream.Stream.of(taken, new QuotaEvent(this.returnedAt, QuotaEvent.Kind.RETURNED,
					this.ticketId, this.returnedBy, SlotReturn.valueOf(this.reason)));
		}

	}

}
