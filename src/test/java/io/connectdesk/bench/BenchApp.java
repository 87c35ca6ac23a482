package io.connectdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import io.connectdesk.ConnectDeskApplication;
import io.connectdesk.customer.Customer;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/**
 * The real application on a random port with a fresh H2 file database (or the database a bench
 * names), and a bench customer with one requester per client. The "bench" profile replaces the default
 * "local" one, so no demo users. SQL statements and engine commands are counted
 * ({@link SqlStatementCounter}, {@link EngineCommandCounter}).
 */
final class BenchApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String databaseUrl;

	private final String password = UUID.randomUUID().toString();

	private final List<String> users = new ArrayList<>();

	private BenchApp(ConfigurableApplicationContext context, String databaseUrl) {
		this.context = context;
		this.databaseUrl = databaseUrl;
	}

	static BenchApp start(Path dataDir, int userCount) {
		return start(h2Url(dataDir), List.of(), userCount);
	}

	/** A fresh H2 file database with the options of the default URL in application.yml, unless the run asks for others. */
	static String h2Url(Path dataDir) {
		return h2Url(dataDir, System.getProperty("bench.dbOptions", defaultUrlOptions()));
	}

	/**
	 * Deletes the directory of an H2 file database {@link #h2Url} made, once its application is closed: a filing run
	 * leaves a file of tens of GB (docs/filing-performance.md, section 15), and the next database's run needs the disk.
	 */
	static void deleteH2Files(String url) throws IOException {
		if (url.startsWith("jdbc:h2:file:")) {
			String database = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
			FileSystemUtils.deleteRecursively(Path.of(database).getParent());
		}
	}

	/** A fresh H2 file database with these URL options. */
	static String h2Url(Path dataDir, String options) {
		Path db = dataDir.toAbsolutePath().resolve("run-" + System.currentTimeMillis()).resolve("connectdesk");
		return "jdbc:h2:file:" + db + options;
	}

	/** @param arguments more command-line properties, e.g. the database's user or a mail server */
	static BenchApp start(String url, List<String> arguments, int userCount) {
		SpringApplication application = new SpringApplication(ConnectDeskApplication.class);
		application.setAdditionalProfiles("bench");
		application.addInitializers(context -> {
			context.getBeanFactory().addBeanPostProcessor(new SqlStatementCounter());
			context.getBeanFactory().registerSingleton("engineCommandCounter", new EngineCommandCounter());
		});
		// a node that provisions needs the secret key outside the local and test profiles: a fresh one per run
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
				"--spring.main.banner-mode=off",
				"--connectdesk.provisioning.secret-key=" + Base64.getEncoder().encodeToString(randomKey()),
				// the bench measures throughput, not the rate limits (their one statement per request still runs);
				// its clients all sign in from one address, more often than a person would
				"--connectdesk.rate-limits.api.per-account=1000000000", "--connectdesk.rate-limits.api.per-address=1000000000",
				"--connectdesk.rate-limits.sign-in.per-account=1000000000", "--connectdesk.rate-limits.sign-in.per-address=1000000000"));
		all.addAll(arguments);
		ConfigurableApplicationContext context = application.run(all.toArray(String[]::new));
		BenchApp app = new BenchApp(context, url);
		app.createUsers(userCount);
		return app;
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new java.security.SecureRandom().nextBytes(key);
		return key;
	}

	/** What follows the path in the default {@code spring.datasource.url}, e.g. {@code ;DB_CLOSE_ON_EXIT=FALSE}. */
	static String defaultUrlOptions() {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
					new ClassPathResource("application.yml"));
			String url = String.valueOf(sources.get(0).getProperty("spring.datasource.url"));
			int options = url.indexOf(';');
			return options < 0 ? "" : url.substring(options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void createUsers(int count) {
		Customer customer = bean(Customers.class).findOrCreate("Bench Corp");
		Accounts accounts = bean(Accounts.class);
		for (int i = 1; i <= count; i++) {
			String email = "bench-" + i + "@bench.example";
			accounts.ensure(new Accounts.NewAccount(email, "Bench User " + i, this.password, customer.getId(),
					Set.of(Role.REQUESTER), Locale.ENGLISH));
			this.users.add(email);
		}
	}

	URI baseUri() {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return URI.create("http://localhost:" + port);
	}

	String user(int index) {
		return this.users.get(index % this.users.size());
	}

	String password() {
		return this.password;
	}

	RuntimeService runtimeService() {
		return bean(RuntimeService.class);
	}

	String databaseUrl() {
		return this.databaseUrl;
	}

	String engineSettings() {
		ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) bean(ProcessEngine.class)
			.getProcessEngineConfiguration();
		return "history level " + engine.getHistoryLevel().getName() + ", job executor "
				+ (engine.getJobExecutor() != null && engine.getJobExecutor().isActive() ? "active" : "inactive");
	}

	String poolSettings() {
		DataSource dataSource = bean(DataSource.class);
		try {
			// Unwrapped: the statement counter wraps the pool.
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				return "Hikari max pool size " + dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
			}
		}
		catch (java.sql.SQLException ex) {
			// not a wrapper after all
		}
		return dataSource.getClass().getSimpleName();
	}

	/**
	 * Waits until the background work that filings caused is done: no notice waits in the outbox and
	 * no job is due. Returns the statements and engine commands its own looks cost, which a bench
	 * takes off its counts.
	 */
	Drained drain(Duration atMost) throws InterruptedException {
		JdbcTemplate jdbc = new JdbcTemplate(bean(DataSource.class));
		ManagementService management = bean(ManagementService.class);
		long start = System.nanoTime();
		long deadline = start + atMost.toNanos();
		long ownStatements = 0;
		long ownCommands = 0;
		boolean drained = false;
		while (!drained && System.nanoTime() < deadline) {
			long statements = SqlStatementCounter.count();
			long commands = EngineCommandCounter.count();
			Long pending = jdbc.queryForObject("select count(*) from notice_outbox where status = 'PENDING'", Long.class);
			drained = (pending == null || pending == 0) && management.createJobQuery().executable().count() == 0;
			// Other threads' statements in between count as ours: an underestimate of the background work, by little.
			ownStatements += SqlStatementCounter.count() - statements;
			ownCommands += EngineCommandCounter.count() - commands;
			if (!drained) {
				Thread.sleep(100);
			}
		}
		return new Drained(Duration.ofNanos(System.nanoTime() - start), ownStatements, ownCommands, drained);
	}

	/** How long the background work took to finish after a phase, and what the bench's own looks cost. */
	record Drained(Duration took, long ownStatements, long ownCommands, boolean done) {
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** What H2 has written to its file so far: bytes and writes (one per store); zero on other databases. */
	record FileWrites(long bytes, long writes) {

		/** A figure of the store's work that is not timed: KB per call, and calls per write of the file. */
		String per(FileWrites before, long calls) {
			return String.format("%.1f KB written per call, %.2f calls per write of the file",
					(this.bytes - before.bytes) / 1024.0 / calls, calls / (double) Math.max(1, this.writes - before.writes));
		}

	}

	FileWrites fileWrites() {
		try (Connection connection = bean(DataSource.class).getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
					|| session.getDatabase().getStore() == null) {
				return new FileWrites(0, 0);
			}
			FileStore<?> file = session.getDatabase().getStore().getMvStore().getFileStore();
			Field bytes = FileStore.class.getDeclaredField("writeBytes"); // H2 counts them but has no getter
			bytes.setAccessible(true);
			return new FileWrites(((AtomicLong) bytes.get(file)).get(), file.getWriteCount());
		}
		catch (SQLException | ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
