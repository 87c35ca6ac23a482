package io.connectdesk.provisioning;

import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.client.backoff.ExponentialBackoffStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * The {@code worker} profile: the application with its in-process workers off, and a worker application
 * (no web, no engine) that works the items over {@code /engine-rest} with a WORKER account's credentials.
 */
@TestPropertySource(properties = "connectdesk.provisioning.workers.enabled=false")
class RemoteWorkerTest extends ProvisioningTestSupport {

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
		// Short polling with a short backoff instead of the profile's long polling: the engine REST API answers
		// long polls from one handler per JVM, which the first test application to close shuts down for all
		// the others the test JVM still holds (a request then waits unanswered until it times out).
		this.worker = ProvisioningWorkerApplication.builder().initializers(context -> {
			context.getBeanFactory().registerSingleton("remoteGit", remoteGit);
			context.getBeanFactory().registerSingleton("shortBackoff", new ExponentialBackoffStrategy(50, 2, 400));
		})
			.run("--camunda.bpm.client.base-url=http://localhost:" + this.port + "/engine-rest",
					"--camunda.bpm.client.basic-auth.username=" + account,
					"--camunda.bpm.client.basic-auth.password=" + PASSWORD, "--camunda.bpm.client.async-response-timeout=",
					"--camunda.bpm.client.disable-backoff-strategy=false");
		assertThat(this.worker.getBeanNamesForType(org.camunda.bpm.engine.ProcessEngine.class)).as("no engine").isEmpty();

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

}
