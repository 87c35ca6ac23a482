package io.connectdesk.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.ConnectDeskApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several nodes of one cluster in the test JVM: whole applications (each its own context, web server
 * on a random port and engine) on one embedded PostgreSQL and one shared data directory, as
 * production runs them on one database and one shared volume.
 */
final class ClusterNodes implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final Path sharedDir;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private ClusterNodes(EmbeddedPostgres postgres, Path sharedDir) {
		this.postgres = postgres;
		this.sharedDir = sharedDir;
	}

	/** An empty database and an empty shared directory: no node has started yet. */
	static ClusterNodes onEmptyDatabase() {
		try {
			return new ClusterNodes(EmbeddedPostgres.builder().start(), Files.createTempDirectory("connectdesk-cluster"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Embedded PostgreSQL did not start (as root it needs `unshare -U`)", ex);
		}
	}

	/** Starts one more node, with extra properties on top of the test profile. */
	ConfigurableApplicationContext start(Map<String, Object> properties) {
		// as command-line arguments: they win over the test profile's own database and data directory
		String[] arguments = nodeProperties(properties).entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext node = new SpringApplicationBuilder(ConnectDeskApplication.class).profiles("test")
			.listeners(new OneLoggingSetUpAtATime())
			.run(arguments);
		synchronized (this.nodes) {
			this.nodes.add(node);
		}
		return node;
	}

	/** Starts that many nodes at the same moment, each in its own thread; waits until all are up. */
	List<ConfigurableApplicationContext> startTogether(int count, Map<String, Object> properties) {
		ExecutorService starters = Executors.newFixedThreadPool(count);
		try {
			List<CompletableFuture<ConfigurableApplicationContext>> started = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				started.add(CompletableFuture.supplyAsync(() -> start(properties), starters));
			}
			return started.stream().map(CompletableFuture::join).toList();
		}
		finally {
			starters.shutdown();
		}
	}

	/** Counts in the shared database directly, outside every node. */
	long count(String sql, Object... arguments) {
		return new JdbcTemplate(this.postgres.getPostgresDatabase()).queryForObject(sql, Long.class, arguments);
	}

	/** Writes to the shared database directly, as another node would. */
	void update(String sql, Object... arguments) {
		new JdbcTemplate(this.postgres.getPostgresDatabase()).update(sql, arguments);
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	List<ConfigurableApplicationContext> nodes() {
		synchronized (this.nodes) {
			return List.copyOf(this.nodes);
		}
	}

	Path sharedDir() {
		return this.sharedDir;
	}

	private Map<String, Object> nodeProperties(Map<String, Object> extra) {
		Map<String, Object> properties = new java.util.HashMap<>(Map.of(
				"spring.datasource.url", this.postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username", "postgres",
				"spring.datasource.password", "",
				"server.port", "0",
				"connectdesk.provisioning.data-dir", this.sharedDir.toString()));
		properties.putAll(extra);
		return properties;
	}

	/**
	 * Nodes in one JVM share one logging system, which Spring Boot sets up as each application starts:
	 * three at once broke Logback's property map. Separate JVMs, as in production, share nothing of the
	 * kind, so the nodes take turns to prepare their environment and logging; what they share for real
	 * (the database and the shared directory) they still reach at the same moment, when they refresh.
	 */
	private static final class OneLoggingSetUpAtATime implements SmartApplicationListener {

		private static final ReentrantLock TURN = new ReentrantLock();

		@Override
		public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
			return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
					|| ApplicationPreparedEvent.class.isAssignableFrom(eventType)
					|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
		}

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof ApplicationEnvironmentPreparedEvent) {
				TURN.lock(); // before Spring Boot's logging listener: this one has the highest precedence
			}
			else if (TURN.isHeldByCurrentThread()) {
				TURN.unlock(); // logging is set up: the application's context is prepared
			}
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	@Override
	public void close() throws IOException {
		for (ConfigurableApplicationContext node : this.nodes) {
			node.close();
		}
		this.postgres.close();
	}

}
