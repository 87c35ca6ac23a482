package io.connectdesk.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes as OS processes on one embedded PostgreSQL, sharing one provisioning data directory (the shared volume of
 * docs/cluster.md) and one secret key, sending mail to a GreenMail SMTP server, behind {@link Balancer HAProxy}.
 * Short locks (10 s for items and jobs) so that a killed node's work comes back within a test's patience; a
 * certificate validity shorter than the renewal lead and a renewal check every few seconds, so that each issued
 * certificate is due for renewal at once.
 */
final class Cluster implements AutoCloseable {

	/** Generous: on 2 shared cores under other builds, a node's start took over 4 minutes once. */
	static final Duration START = Duration.ofMinutes(8);

	final String password = UUID.randomUUID().toString();

	final EmbeddedPostgres postgres;

	final GreenMail mail;

	final List<Node> nodes = new ArrayList<>();

	final Path dir;

	Balancer balancer;

	/** More arguments for every node, e.g. a bench's lifted rate limits. */
	final List<String> extraArguments = new ArrayList<>();

	Cluster(Path dir) throws IOException {
		this.dir = dir;
		this.postgres = EmbeddedPostgres.builder().start();
		this.mail = new GreenMail(new ServerSetup(Node.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
	}

	/** The nodes' arguments: the first node also seeds the accounts. */
	List<String> arguments(boolean seed) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=nodes",
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + this.mail.getSmtp().getPort(),
				"--connectdesk.provisioning.secret-key=" + Base64.getEncoder().encodeToString(sharedKey()),
				"--connectdesk.provisioning.lock-duration=PT10S", "--connectdesk.provisioning.retry-delays=PT1S",
				"--connectdesk.provisioning.workers.max-idle-backoff=PT0.5S",
				"--camunda.bpm.job-execution.lock-time-in-millis=10000",
				"--camunda.bpm.job-execution.wait-time-in-millis=500",
				"--camunda.bpm.job-execution.max-wait=2000",
				"--connectdesk.provisioning.certificate-validity=P20D",
				"--connectdesk.provisioning.renewal-check-cron=*/3 * * * * *",
				"--connectdesk.shutdown.drain-delay=PT4S", "--connectdesk.notice.send-interval=PT1S"));
		if (seed) {
			arguments.add("--nodes.seed=" + this.password);
		}
		arguments.addAll(this.extraArguments);
		return arguments;
	}

	/** 32 bytes every node shares (in production: CONNECTDESK_PROVISIONING_SECRET_KEY). */
	private byte[] sharedKey() {
		return this.password.substring(0, 32).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	/** Starts the nodes one after the other (the first seeds the accounts), then the balancer. */
	Cluster start(int count) throws Exception {
		for (int i = 0; i < count; i++) {
			Node node = new Node("node" + (char) ('a' + i), this.dir, arguments(i == 0));
			this.nodes.add(node);
			node.start().awaitReady(START);
			if (i == 0) { // a sign-in before the accounts exist fails, and failed sign-ins lock an account out
				for (int wait = 0; wait < 600 && !node.logged("NODES-SEEDED"); wait++) {
					Thread.sleep(100);
				}
				assertThat(node.logged("NODES-SEEDED")).as("accounts created; see " + node.log()).isTrue();
			}
		}
		this.balancer = new Balancer(this.dir, this.nodes);
		return this;
	}

	Node node(String name) {
		return this.nodes.stream().filter(node -> node.name.equals(name)).findFirst().orElseThrow();
	}

	String url() {
		return this.balancer.url();
	}

	long count(String sql) throws SQLException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				ResultSet rows = connection.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * The node whose provisioning worker holds an item's lock now (its worker id is in its log), if any: the
	 * moment to kill it so that the survivor has to take over a locked item.
	 */
	Optional<Node> holdingAnItem() throws SQLException, IOException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				ResultSet rows = connection.createStatement()
					.executeQuery("select worker_id_ from act_ru_ext_task where lock_exp_time_ > current_timestamp")) {
			while (rows.next()) {
				for (Node node : this.nodes) {
					if (node.alive() && node.logged(rows.getString(1))) {
						return Optional.of(node);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The bare Git repositories under the shared data directory. */
	long repositories() throws IOException {
		Path git = this.dir.resolve("data/provisioning/git");
		if (!Files.exists(git)) {
			return 0;
		}
		try (var found = Files.walk(git)) {
			return found.filter(path -> path.getFileName().toString().endsWith(".git")).count();
		}
	}

	@Override
	public void close() throws Exception {
		if (this.balancer != null) {
			this.balancer.close();
		}
		this.nodes.forEach(Node::close);
		for (Node node : this.nodes) {
			node.kill();
		}
		this.mail.stop();
		this.postgres.close();
	}

}
