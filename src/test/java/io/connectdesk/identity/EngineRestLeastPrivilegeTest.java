package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * The provisioning workers' service account (WORKER) on Camunda's REST API: only what the external-task
 * client sends to work an item reaches the engine; every other resource of the REST API (one realistic call
 * per resource and kind of act, from the resource classes of camunda-engine-rest-core 7.24) is forbidden,
 * and an admin still reaches them.
 */
class EngineRestLeastPrivilegeTest extends ApiTestSupport {

	private static final String REST = "/engine-rest";

	private static final Map<String, Object> WORKER_ID = Map.of("workerId", "provisioning-worker");

	/** Method and path (below /engine-rest) of every resource a worker has no business with. */
	private static final List<String> FORBIDDEN = List.of(
			// the engine itself
			"GET /engine", "GET /version", "GET /engine/default/deployment",
			"POST /engine/default/external-task/fetchAndLock",
			// deployments: a model whose expressions call Spring beans must not come from a worker
			"GET /deployment", "POST /deployment/create", "GET /deployment/x/resources", "POST /deployment/x/redeploy",
			"DELETE /deployment/x",
			// process definitions and instances, executions, variables
			"GET /process-definition", "GET /process-definition/key/TicketLifecycle/xml",
			"POST /process-definition/key/TicketLifecycle/start", "PUT /process-definition/x/suspended",
			"DELETE /process-definition/x", "GET /process-definition/statistics", "GET /process-instance",
			"POST /process-instance", "GET /process-instance/x/variables", "PUT /process-instance/x/variables/v",
			"POST /process-instance/x/variables", "GET /process-instance/x/variables/v/data",
			"POST /process-instance/x/modification", "PUT /process-instance/x/suspended", "DELETE /process-instance/x",
			"POST /process-instance/delete", "GET /execution", "POST /execution/x/signal",
			"PUT /execution/x/localVariables/v", "POST /execution/x/messageSubscriptions/m/trigger",
			"GET /variable-instance", "GET /variable-instance/x/data", "GET /event-subscription",
			// jobs, batches, migration, modification
			"GET /job", "PUT /job/x/retries", "POST /job/x/execute", "PUT /job/x/duedate", "DELETE /job/x",
			"POST /job/retries", "GET /job-definition", "PUT /job-definition/x/suspended", "GET /batch",
			"DELETE /batch/x", "POST /migration/generate", "POST /migration/execute", "POST /modification/execute",
			"POST /modification/executeAsync",
			// people and rights
			"GET /user", "POST /user/create", "PUT /user/x/credentials", "DELETE /user/x", "GET /group",
			"POST /group/create", "PUT /group/g/members/u", "GET /tenant", "POST /tenant/create", "GET /authorization",
			"POST /authorization/create", "GET /authorization/check?permissionName=READ&resourceName=User&resourceType=1",
			"GET /identity/groups?userId=x", "POST /identity/verify",
			// correlation
			"POST /message", "POST /signal", "POST /condition",
			// tasks, incidents, filters
			"GET /task", "POST /task", "POST /task/x/claim", "POST /task/x/complete", "PUT /task/x/variables/v",
			"POST /task/create", "GET /incident", "PUT /incident/x/annotation", "DELETE /incident/x", "GET /filter",
			"POST /filter/create",
			// decisions and cases
			"GET /decision-definition", "POST /decision-definition/key/x/evaluate", "GET /decision-requirements-definition",
			"GET /case-definition", "GET /case-instance", "GET /case-execution",
			// history
			"GET /history/process-instance", "DELETE /history/process-instance/x", "GET /history/activity-instance",
			"GET /history/variable-instance", "GET /history/detail", "GET /history/incident", "GET /history/job-log",
			"GET /history/external-task-log", "GET /history/task", "GET /history/user-operation",
			"GET /history/identity-link-log", "GET /history/decision-instance", "GET /history/batch",
			"GET /history/case-instance", "GET /history/case-activity-instance",
			"GET /history/process-definition/x/statistics", "GET /history/process-definition/cleanable-process-instance-report",
			"POST /history/cleanup", "GET /history/cleanup/configuration",
			// operations
			"GET /metrics", "GET /metrics/activity-instance/sum", "DELETE /metrics/task-worker", "GET /telemetry/data",
			"POST /telemetry/configuration", "GET /schema/log", "GET /optimize/activity-instance/completed",
			// external tasks, beyond working one
			"GET /external-task", "POST /external-task", "GET /external-task/count", "GET /external-task/x",
			"GET /external-task/x/errorDetails", "GET /external-task/topic-names", "PUT /external-task/x/retries",
			"PUT /external-task/retries", "POST /external-task/retries-async", "PUT /external-task/x/priority",
			"POST /external-task/x/lock", "GET /external-task/fetchAndLock", "DELETE /external-task/x/complete");

	@Test
	void workersReachNoEngineResourceButTheirExternalTasks() {
		ApiClient worker = basic(newPerson("Provisioner", null, Role.WORKER));

		SoftAssertions softly = new SoftAssertions();
		for (String call : FORBIDDEN) {
			ApiClient.Response answer = send(worker, call);
			softly.assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
		}
		softly.assertAll();
		assertThat(FORBIDDEN).as("every resource of the REST API").hasSizeGreaterThan(100);
	}

	@Test
	void workersStillWorkTheirExternalTasks() {
		ApiClient worker = basic(newPerson("Provisioner", null, Role.WORKER));

		ApiClient.Response fetched = worker.post(REST + "/external-task/fetchAndLock", Map.of("workerId", "provisioning-worker",
				"maxTasks", 1, "topics", List.of(Map.of("topicName", "provisioning-git-repository", "lockDuration", 1000))));
		assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
		assertThat(fetched.json().isArray()).isTrue();
		List<ApiClient.Response> worked = new ArrayList<>();
		worked.add(worker.post(REST + "/external-task/none/complete", WORKER_ID));
		worked.add(worker.post(REST + "/external-task/none/failure", Map.of("workerId", "provisioning-worker",
				"errorMessage", "down", "retries", 1, "retryTimeout", 1000)));
		worked.add(worker.post(REST + "/external-task/none/bpmnError", Map.of("workerId", "provisioning-worker",
				"errorCode", "Error_Provisioning")));
		worked.add(worker.post(REST + "/external-task/none/extendLock", Map.of("workerId", "provisioning-worker",
				"newDuration", 1000)));
		worked.add(worker.post(REST + "/external-task/none/unlock", null));
		assertThat(worked).as("the engine answers (no such task), not the security layer")
			.allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(404));
	}

	@Test
	void adminsKeepTheWholeRestApi() {
		ApiClient admin = basic(newPerson("Ada", null, Role.ADMIN));

		for (String call : List.of("GET /engine", "GET /deployment", "GET /process-definition", "GET /process-instance",
				"GET /job", "GET /user", "GET /authorization", "GET /history/process-instance", "GET /external-task",
				"GET /incident", "GET /metrics/activity-instance/sum")) {
			ApiClient.Response answer = send(admin, call);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		}
	}

	private static ApiClient.Response send(ApiClient client, String call) {
		String[] methodAndPath = call.split(" ", 2);
		String path = REST + methodAndPath[1];
		return switch (methodAndPath[0]) {
			case "GET" -> client.get(path);
			case "POST" -> client.post(path, Map.of());
			case "PUT" -> client.put(path, Map.of());
			case "DELETE" -> client.delete(path);
			default -> throw new IllegalArgumentException(call);
		};
	}

}
