package io.connectdesk.provisioning;

import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * The {@code worker} profile: the application with its in-process workers off, and a worker application
 * (no web, no engine) that works the items over {@code /engine-rest} with a WORKER account's credentials:
 * with test adapters of its own, or with the application's local adapters on the application's database,
 * data directory and secret key.
 */
@TestPropertySource(properties = "connectdesk.provisioning.workers.enabled=false")
class RemoteWorkerTest extends ProvisioningTestSupport {

	/** The data directory the application and its remote worker share (a shared volume, in production). */
	private static final Path DATA_DIR = RealAdaptersTestSupport.temporaryDirectory("connectdesk-remote-worker");

	private static final String SECRET_KEY = newSecretKey();

	@DynamicPropertySource
	static void sharedState(DynamicPropertyRegistry properties) {
		properties.add("connectdesk.provisioning.data-dir", DATA_DIR::toString);
		properties.add("connectdesk.provisioning.secret-key", () -> SECRET_KEY);
	}

	@Autowired
	private DataSource dataSource;

	private ConfigurableApplicationContext worker;

	@AfterEach
	void stopTheWorker() {
		if (this.worker != null) {
			this.worker.close();
		}
	}

	@Test
	void remoteWorkerWithWorkerCredentialsProvisionsTheItems() {
		String account = newPerson("Provisioner", null, Role.WORKER);
		RecordingAdapter remoteGit = new RecordingAdapter("git-repository");
		this.worker = startWorker(account, context -> context.getBeanFactory().registerSingleton("remoteGit", remoteGit));
		assertThat(this.worker.getBeanNamesForType(org.camunda.bpm.engine.ProcessEngine.class)).as("no engine").isEmpty();
		assertThat(this.worker.getBeanNamesForType(DataSource.class)).as("no database without local adapters").isEmpty();

		Long acme = newCustomer("Acme");
		ApiClient requester = basic(newPerson("Rita", acme, Role.REQUESTER));
		ApiClient approver = basic(newPerson("Ana", acme, Role.APPROVER, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		ApiClient.Response filed = requester.post("/api/v1/tickets",
				activation("A repository", List.of("source-repository"), List.of("production")));
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(sre, ticket, "ACCEPT", null);
		approvedIfAsked(ticket, requester, approver);

		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the remote worker's item done");
		assertThat(remoteGit.calls).containsExactly("provision " + ticket + ":source-repository:production");
		assertThat(this.adapters.git.calls).as("the in-process workers are off").isEmpty();
		assertThat(sre.get("/api/v1/tickets/" + ticket + "/provisioning").json().findValuesAsText("status"))
			.containsExactly("DONE");
	}

	@Test
	void engineRestRefusesAWorkerWithoutCredentials() {
		Map<String, Object> fetch = Map.of("workerId", "intruder", "maxTasks", 1, "topics",
				List.of(Map.of("topicName", "provisioning-git-repository", "lockDuration", 1000)));
		assertThat(ApiClient.anonymous(this.port).post("/engine-rest/external-task/fetchAndLock", fetch).status())
			.isEqualTo(401);
		assertThat(ApiClient.basic(this.port, "nobody@connectdesk.example.test", "wrong")
			.post("/engine-rest/external-task/fetchAndLock", fetch)
			.status()).isEqualTo(401);
	}

	@Test
	void remoteWorkerWithLocalAdaptersSharesTheApplicationsDatabaseAndDataDirectory() throws Exception {
		String account = newPerson("Provisioner", null, Role.WORKER);
		// Unwrapped: API tests count connections per request through a wrapper (journey/OneConnectionPerRequest)
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		// The test application's in-memory H2 database: reachable by its URL from this JVM while the application holds it
		this.worker = startWorker(account, context -> {
		}, "--connectdesk.provisioning.worker.local-adapters=true", "--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(), "--spring.datasource.password=",
				"--connectdesk.provisioning.data-dir=" + DATA_DIR, "--connectdesk.provisioning.secret-key=" + SECRET_KEY,
				"--connectdesk.base-url=http://localhost:" + this.port);
		assertThat(this.worker.getBeanNamesForType(org.camunda.bpm.engine.ProcessEngine.class)).as("no engine").isEmpty();
		assertThat(this.worker.getBeanNamesForType(org.flywaydb.core.Flyway.class)).as("no Flyway").isEmpty();
		assertThat(this.worker.getBean(AdapterCalls.class).topics()).as("the local adapters' topics")
			.contains("provisioning-git-repository", "provisioning-pipeline", "provisioning-tls-certificate",
					"provisioning-infra-config");

		Long acme = newCustomer("Acme");
		ApiClient requester = basic(newPerson("Rita", acme, Role.REQUESTER));
		ApiClient approver = basic(newPerson("Ana", acme, Role.APPROVER, Role.REQUESTER));
		String developer = newPerson("Dev", acme, Role.REQUESTER);
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		ApiClient.Response filed = requester.post("/api/v1/tickets", Map.of("type", "COMPONENT_ACTIVATION", "title",
				"A repository and a certificate", "description", "Please.", "urgent", false, "items",
				List.of(catalogItem("source-repository", List.of("production"),
						Map.of("repositoryName", "orders-api", "developers", List.of(developer))),
						catalogItem("tls-certificate", List.of("production"), parametersOf("tls-certificate")))));
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(sre, ticket, "ACCEPT", null);
		approvedIfAsked(ticket, requester, approver);

		JsonNode items = eventually(() -> sre.get("/api/v1/tickets/" + ticket + "/provisioning").json(),
				found -> found.findValuesAsText("status").equals(List.of("DONE", "DONE")), "both items done by the remote worker");
		eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals, "the SRE's fulfilment task after both items");
		assertThat(this.adapters.git.calls).as("the in-process workers are off").isEmpty();

		// The certificate the worker issued, downloaded from the application: its record is in the shared database
		JsonNode certificate = item(items, "tls-certificate").path("outputs");
		ApiClient.Response pem = requester.get(certificate.path("chainUrl").asText());
		assertThat(pem.status()).as(pem.toString()).isEqualTo(200);
		List<X509Certificate> chain = certificates(pem.body());
		assertThat(chain).hasSize(2);
		chain.get(0).verify(chain.get(1).getPublicKey());
		assertThat(chain.get(0).getSerialNumber().toString(16)).isEqualToIgnoringCase(certificate.path("serial").asText());
		String root = this.worker.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select certificate_pem from certificate_authority")
			.query(String.class)
			.single();
		assertThat(certificates(root)).as("the internal CA, one root in the shared database").containsExactly(chain.get(1));

		// The repository the worker created, cloned from the application by the developer it names
		JsonNode repository = item(items, "source-repository").path("outputs");
		String cloneUrl = repository.path("cloneUrl").asText();
		assertThat(cloneUrl).startsWith("http://localhost:" + this.port + "/git/").endsWith("/orders-api.git");
		String token = basic(developer).get("/api/v1/git/token").json().path("token").asText();
		Path clone = Files.createTempDirectory(DATA_DIR.getParent(), "clone");
		try (Git cloned = Git.cloneRepository()
			.setURI(cloneUrl)
			.setDirectory(clone.toFile())
			.setCredentialsProvider(new UsernamePasswordCredentialsProvider(developer, token))
			.call()) {
			assertThat(cloned.getRepository().getDirectory()).isDirectory();
		}
	}

	@Test
	void workerWithLocalAdaptersRefusesADatabaseWithoutTheirTables() {
		assertThatThrownBy(() -> startWorker("nobody@connectdesk.example.test", context -> {
		}, "--connectdesk.provisioning.worker.local-adapters=true",
				"--spring.datasource.url=jdbc:h2:mem:not-the-application-" + UUID.randomUUID(), "--spring.datasource.username=sa",
				"--spring.datasource.password=", "--connectdesk.provisioning.data-dir=" + DATA_DIR,
				"--connectdesk.provisioning.secret-key=" + SECRET_KEY))
			.hasStackTraceContaining("need the application's database")
			.hasStackTraceContaining("provisioned_component");
	}

	/**
	 * A worker application for this test application's engine. Short polling with a short backoff instead of the
	 * profile's long polling: the engine REST API answers long polls from one handler per JVM, which the first
	 * test application to close shuts down for all the others the test JVM still holds (a request then waits
	 * unanswered until it times out).
	 */
	private ConfigurableApplicationContext startWorker(String account,
			ApplicationContextInitializer<ConfigurableApplicationContext> initializer, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--camunda.bpm.client.base-url=http://localhost:" + this.port + "/engine-rest",
				"--camunda.bpm.client.basic-auth.username=" + account, "--camunda.bpm.client.basic-auth.password=" + PASSWORD,
				"--camunda.bpm.client.async-response-timeout=", "--camunda.bpm.client.disable-backoff-strategy=false"));
		arguments.addAll(List.of(more));
		return ProvisioningWorkerApplication.builder().initializers(initializer, context -> context.getBeanFactory()
			.registerSingleton("shortBackoff", new ExponentialBackoffStrategy(50, 2, 400))).run(arguments.toArray(String[]::new));
	}

	private static JsonNode item(JsonNode items, String component) {
		for (JsonNode item : items) {
			if (item.path("componentKey").asText().equals(component)) {
				return item;
			}
		}
		throw new AssertionError("No item for " + component + " in " + items);
	}

	@SuppressWarnings("unchecked")
	private static List<X509Certificate> certificates(String pem) throws Exception {
		return List.copyOf((java.util.Collection<X509Certificate>) CertificateFactory.getInstance("X.509")
			.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
	}


	private static String newSecretKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
