package io.connectdesk.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import io.connectdesk.ConnectDeskApplication;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;

/**
 * The application as {@link KillNineTest} runs it in a JVM of its own: an H2 file database, short locks (items and
 * jobs: recording a done item is a job that the killed JVM may hold), one
 * in-process worker and a slow {@code infra-config} adapter that remembers, in a file that survives the
 * JVM, what it created: idempotent on the request's key across restarts, like a real backend.
 * Arguments: database path, adapter log, HTTP port, password of the test accounts.
 */
public final class CrashingApp {

	static final String REQUESTER = "rita@crash.example";

	static final String SRE = "sam@connectdesk.example";

	static final String APPROVER = "ana@crash.example";

	/** A test key (Base64, 32 bytes), not a secret. */
	static final String SECRET_KEY = "2skSJT4/PXL002DM8Sjj1sVdJUNmxGCwiu7fezl9sbA=";

	/** Printed once the accounts exist: a sign-in before that fails, and failed sign-ins lock an account out. */
	static final String READY = "crashing app: accounts ready";

	public static void main(String[] args) {
		Path log = Path.of(args[1]);
		SpringApplication application = new SpringApplication(ConnectDeskApplication.class);
		application.setAdditionalProfiles("crash-test");
		application.addInitializers(context -> context.getBeanFactory().registerSingleton("slowInfra", new FileAdapter(log)));
		ConfigurableApplicationContext context = application.run("--server.port=" + args[2], "--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:h2:file:" + args[0] + ";DB_CLOSE_ON_EXIT=FALSE",
				"--connectdesk.provisioning.lock-duration=PT3S", "--connectdesk.provisioning.retry-delays=PT1S",
				"--camunda.bpm.job-execution.lock-time-in-millis=3000",
				"--connectdesk.provisioning.workers.threads=1", "--connectdesk.provisioning.workers.max-tasks=1",
				"--connectdesk.provisioning.workers.max-idle-backoff=PT0.2S",
				// a node that provisions needs the secret key outside the local and test profiles; the same on every restart
				"--connectdesk.provisioning.secret-key=" + SECRET_KEY);
		Customers customers = context.getBean(Customers.class);
		Long customer = customers.findOrCreate("Crash Corp").getId();
		if (!customers.acceptsEmail(customer, REQUESTER)) {
			customers.addDomain(customer, "crash.example");
		}
		Accounts accounts = context.getBean(Accounts.class);
		accounts.ensure(new Accounts.NewAccount(REQUESTER, "Rita", args[3], customer, Set.of(Role.REQUESTER), Locale.ENGLISH));
		accounts.ensure(new Accounts.NewAccount(APPROVER, "Ana", args[3], customer, Set.of(Role.APPROVER, Role.REQUESTER),
				Locale.ENGLISH));
		accounts.ensure(new Accounts.NewAccount(SRE, "Sam", args[3], null, Set.of(Role.SRE), Locale.ENGLISH));
		System.out.println(READY);
	}

	/**
	 * Takes a second per call; appends "created KEY" to its log the one time it creates a key. Serves
	 * {@code infra-config} before the real adapter: the first adapter of a kind in Spring order wins.
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static final class FileAdapter implements ProvisioningAdapter {

		private final Path log;

		FileAdapter(Path log) {
			this.log = log;
		}

		@Override
		public String kind() {
			return "infra-config";
		}

		@Override
		public synchronized ProvisioningResult provision(ProvisioningRequest request) {
			try {
				Thread.sleep(1000);
				boolean exists = Files.exists(this.log) && Files.readAllLines(this.log).contains("created " + request.key());
				if (!exists) {
					Files.writeString(this.log, "created " + request.key() + "\n", StandardCharsets.UTF_8,
							StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
				}
				return new ProvisioningResult(Map.of("id", request.key()), !exists);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public ProvisioningResult change(ProvisioningRequest request) {
			return new ProvisioningResult(Map.of(), false);
		}

		@Override
		public void deprovision(ProvisioningRequest request) {
		}

		@Override
		public boolean verify(ProvisioningRequest request) {
			return true;
		}

		static List<String> created(Path log) throws IOException {
			return Files.exists(log) ? Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList() : List.of();
		}

	}

}
