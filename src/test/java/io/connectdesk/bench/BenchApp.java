package io.connectdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import com.zaxxer.hikari.HikariDataSource;

import io.connectdesk.ConnectDeskApplication;
import io.connectdesk.customer.Customer;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/**
 * The real application on a random port with a fresh H2 file database, and a bench customer with
 * one requester per client. The "bench" profile replaces the default "local" one, so no demo users.
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
		Path db = dataDir.toAbsolutePath().resolve("run-" + System.currentTimeMillis()).resolve("connectdesk");
		// The options of the default URL in application.yml, unless the run asks for others.
		String url = "jdbc:h2:file:" + db + System.getProperty("bench.dbOptions", defaultUrlOptions());
		SpringApplication application = new SpringApplication(ConnectDeskApplication.class);
		application.setAdditionalProfiles("bench");
		ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
				// the bench measures throughput, not the rate limits (their one statement per request still runs)
				"--connectdesk.rate-limits.api.per-account=1000000000", "--connectdesk.rate-limits.api.per-address=1000000000");
		BenchApp app = new BenchApp(context, url);
		app.createUsers(userCount);
		return app;
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
		if (dataSource instanceof HikariDataSource hikari) {
			return "Hikari max pool size " + hikari.getMaximumPoolSize();
		}
		return dataSource.getClass().getSimpleName();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
