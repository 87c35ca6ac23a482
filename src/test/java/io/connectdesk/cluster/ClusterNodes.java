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

import org.springframework.boot.builder.SpringApplicationBuilder;
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

	@Override
	public void close() throws IOException {
		for (ConfigurableApplicationContext node : this.nodes) {
			node.close();
		}
		this.postgres.close();
	}

}
