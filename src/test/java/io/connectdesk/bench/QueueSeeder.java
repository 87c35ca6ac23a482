package io.connectdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

/**
 * Fills the ticket table for the queue benchmark with JDBC batch inserts (not through the API):
 * closed tickets first (older ids), then open ones, spread over a few customers (unequal sizes), the
 * ticket types, statuses, urgent flags, due times (some overdue, some none), components of every
 * category, assignees, warnings and escalations. Rows carry the queue marks exactly as the ticket
 * module keeps them (V18). Seeded with a fixed random seed, so every run builds the same data.
 */
final class QueueSeeder {

	/** Above the ids the ticket sequence hands out in a bench run. */
	static final long FIRST_ID = 10_000_000L;

	private static final String[] TYPES = { "COMPONENT_ACTIVATION", "COMPONENT_DEACTIVATION", "ADDITIONAL_ENVIRONMENT",
			"ACCESS_REQUEST", "INFRASTRUCTURE_CHANGE", "SECURITY_CHANGE", "VPN_LINK", "QUESTION", "INCIDENT" };

	private static final String[] COMPONENTS = { "source-repository", "microservice-pipeline", "artifact-repository",
			"container-service", "api-gateway", "waf", "database", "vpn-link", "log-management", "monitoring", "alerts" };

	/** Shares of the customers, in percent. */
	private static final int[] CUSTOMER_SHARES = { 40, 25, 20, 10, 5 };

	private static final String INSERT_TICKET = "insert into ticket (id, version, customer_id, requester_id, type, title, "
			+ "description, urgent, status, process_instance_id, created_at, updated_at, resolved_at, next_due_at, in_queue, "
			+ "assignee_id, escalated_at, escalated, response_warned, resolution_warned, sla_warned) "
			+ "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_COMPONENT = "insert into ticket_component (ticket_id, component_key) values (?, ?)";

	private final DataSource dataSource;

	private final List<Long> customers;

	private final List<Long> requesters;

	private final List<Long> staff;

	private final Instant now;

	private final SplittableRandom random = new SplittableRandom(20261122L);

	QueueSeeder(DataSource dataSource, List<Long> customers, List<Long> requesters, List<Long> staff, Instant now) {
		this.dataSource = dataSource;
		this.customers = customers;
		this.requesters = requesters;
		this.staff = staff;
		this.now = now;
	}

	/** Inserts the tickets; returns the seconds it took. */
	double seed(int open, int closed) throws SQLException {
		long started = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement tickets = connection.prepareStatement(INSERT_TICKET);
					PreparedStatement components = connection.prepareStatement(INSERT_COMPONENT)) {
				long id = FIRST_ID;
				for (int i = 0; i < closed + open; i++, id++) {
					add(tickets, components, id, i >= closed);
					if ((i + 1) % 1000 == 0) {
						tickets.executeBatch();
						components.executeBatch();
					}
					if ((i + 1) % 50_000 == 0) {
						connection.commit();
						System.out.printf("seeded %,d tickets in %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
					}
				}
				tickets.executeBatch();
				components.executeBatch();
			}
			connection.commit();
			try (Statement analyze = connection.createStatement()) {
				analyze.execute("analyze");
			}
			connection.commit();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private void add(PreparedStatement tickets, PreparedStatement components, long id, boolean open) throws SQLException {
		int customer = customer();
		String type = TYPES[this.random.nextInt(TYPES.length)];
		boolean urgent = this.random.nextInt(100) < 5;
		String status = open ? openStatus() : closedStatus();
		boolean inQueue = open;
		Instant created = this.now.minus(Duration.ofMinutes((open ? 30L * 24 * 60 : 900L * 24 * 60) - (id % 1_000_000)))
			.minus(Duration.ofMinutes(this.random.nextInt(60 * 24 * (open ? 10 : 300))));
		Instant nextDue = open && this.random.nextInt(10) > 0
				? this.now.plus(Duration.ofMinutes(this.random.nextInt(-4 * 60, 72 * 60))) : null;
		boolean clockRuns = inQueue && !"WAITING_FOR_CUSTOMER".equals(status) && nextDue != null;
		boolean warned = clockRuns && this.random.nextInt(100) < 5;
		boolean escalated = inQueue && this.random.nextInt(100) < 1;
		Long assignee = inQueue && !"WAITING_FOR_CUSTOMER".equals(status) && this.random.nextInt(100) < 20
				? this.staff.get(this.random.nextInt(this.staff.size())) : null;
		int p = 1;
		tickets.setLong(p++, id);
		tickets.setLong(p++, this.customers.get(customer));
		tickets.setLong(p++, this.requesters.get(customer));
		tickets.setString(p++, type);
		tickets.setString(p++, "Bench ticket " + id);
		tickets.setString(p++, "Seeded by the queue benchmark.");
		tickets.setBoolean(p++, urgent);
		tickets.setString(p++, status);
		tickets.setString(p++, "bench-" + id);
		tickets.setObject(p++, at(created));
		tickets.setObject(p++, at(created));
		tickets.setObject(p++, open ? null : at(created.plus(Duration.ofDays(2))));
		tickets.setObject(p++, at(nextDue));
		tickets.setBoolean(p++, inQueue);
		tickets.setObject(p++, assignee);
		tickets.setObject(p++, escalated ? at(this.now.minus(Duration.ofHours(1))) : null);
		tickets.setBoolean(p++, escalated);
		tickets.setBoolean(p++, warned);
		tickets.setBoolean(p++, false);
		tickets.setBoolean(p, warned);
		tickets.addBatch();
		if (!"QUESTION".equals(type) && !"INCIDENT".equals(type)) {
			int first = this.random.nextInt(COMPONENTS.length);
			int count = 1 + this.random.nextInt(2);
			for (int c = 0; c < count; c++) {
				components.setLong(1, id);
				components.setString(2, COMPONENTS[(first + c * 5) % COMPONENTS.length]);
				components.addBatch();
			}
		}
	}

	private int customer() {
		int roll = this.random.nextInt(100);
		for (int i = 0; i < CUSTOMER_SHARES.length; i++) {
			roll -= CUSTOMER_SHARES[i];
			if (roll < 0) {
				return i;
			}
		}
		return 0;
	}

	private String openStatus() {
		int roll = this.random.nextInt(100);
		return roll < 40 ? "IN_REVIEW" : roll < 55 ? "WAITING_FOR_CUSTOMER" : "IN_PROGRESS";
	}

	private String closedStatus() {
		int roll = this.random.nextInt(100);
		return roll < 85 ? "CLOSED" : roll < 95 ? "REJECTED" : "RESOLVED";
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
