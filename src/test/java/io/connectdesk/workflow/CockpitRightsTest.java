package io.connectdesk.workflow;

import static io.connectdesk.workflow.WebappSession.COCKPIT_PLUGIN;
import static io.connectdesk.workflow.WebappSession.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Cockpit's rights per role, through the webapps' own REST endpoints with a portal session: SREs read instances,
 * incidents, diagrams and history and retry a failed job or external task; only admins deploy, modify, migrate,
 * suspend, delete or edit variables (an SRE's attempt is refused by the engine and changes nothing).
 */
class CockpitRightsTest extends ApiTestSupport {

	private static final String WAITING = "CockpitCheckWaiting";

	private static final String EXTERNAL = "CockpitCheckExternal";

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private ExternalTaskService externalTasks;

	@Test
	void sreReadsInstancesIncidentsDiagramsAndHistory() {
		String instance = instanceWithFailedJob();
		WebappSession sre = sre();

		assertOk(sre.get(ENGINE + "/process-instance?processInstanceIds=" + instance)).contains(instance);
		assertOk(sre.get(ENGINE + "/incident?processInstanceId=" + instance)).contains("failedJob");
		assertOk(sre.get(COCKPIT_PLUGIN + "/incident?processInstanceIdIn=" + instance)).contains("failedJob");
		assertOk(sre.get(COCKPIT_PLUGIN + "/process-definition/statistics")).contains(WAITING);
		assertOk(sre.get(ENGINE + "/process-definition/key/" + WAITING + "/xml")).contains("bpmn20Xml").contains("Task_Wait");
		assertOk(sre.get(ENGINE + "/history/process-instance?processInstanceId=" + instance)).contains(instance);
		// a start event passes without a history row (PassThroughSteps): an instance waiting in a task has one
		String waiting = instanceWithFailedExternalTask();
		assertOk(sre.get(ENGINE + "/history/activity-instance?processInstanceId=" + waiting)).contains("Task_External")
			.doesNotContain("StartEvent");
		assertOk(sre.get(ENGINE + "/process-instance/" + instance + "/activity-instances")).contains("Task_Wait");
	}

	@Test
	void sreRetriesAFailedJob() {
		String instance = instanceWithFailedJob();
		String job = this.management.createJobQuery().processInstanceId(instance).singleResult().getId();

		HttpResponse<String> retried = sre().put(ENGINE + "/job/" + job + "/retries", "{\"retries\":1}");

		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
		assertThat(this.management.createJobQuery().jobId(job).singleResult().getRetries()).isOne();
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
	}

	@Test
	void sreRetriesAFailedExternalTask() {
		String instance = instanceWithFailedExternalTask();
		String task = this.externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult().getId();

		HttpResponse<String> retried = sre().put(ENGINE + "/external-task/" + task + "/retries", "{\"retries\":2}");

		assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
		assertThat(this.externalTasks.createExternalTaskQuery().externalTaskId(task).singleResult().getRetries()).isEqualTo(2);
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
	}

	@Test
	void sreMayNotDeploy() {
		long before = this.repository.createDeploymentQuery().count();

		assertRefused(sre().deploy("by-an-sre", "sre.bpmn", Bpmn.convertToString(model("CockpitCheckBySre"))));
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void sreMayNotModifyMigrateSuspendOrDelete() {
		String instance = instanceWithFailedJob();
		String definition = definitionOf(instance);
		WebappSession sre = sre();

		assertRefused(sre.post(ENGINE + "/process-instance/" + instance + "/modification", startBeforeWait()));
		assertRefused(sre.post(ENGINE + "/migration/execute", migration(instance)));
		assertRefused(sre.put(ENGINE + "/process-instance/" + instance + "/suspended", "{\"suspended\":true}"));
		assertRefused(sre.delete(ENGINE + "/process-instance/" + instance));
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).active().count()).isOne();
		assertThat(this.management.createJobQuery().processInstanceId(instance).count()).as("not modified").isOne();
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
			.as("not migrated")
			.isEqualTo(definition);
	}

	@Test
	void sreMayNotEditVariables() {
		String instance = instanceWithFailedJob();
		WebappSession sre = sre();

		assertRefused(sre.put(ENGINE + "/process-instance/" + instance + "/variables/approved",
				"{\"value\":true,\"type\":\"Boolean\"}"));
		assertRefused(sre.post(ENGINE + "/process-instance/" + instance + "/variables",
				"{\"modifications\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}"));
		assertThat(this.runtime.getVariable(instance, "approved")).isNull();
	}

	@Test
	void adminDeploysModifiesMigratesEditsVariablesAndDeletes() {
		String instance = instanceWithFailedJob();
		WebappSession admin = new WebappSession(this.port, signIn(newPerson("Ada", null, Role.ADMIN)));

		assertOk(admin.deploy("by-an-admin", "admin.bpmn", Bpmn.convertToString(model("CockpitCheckByAdmin"))));
		assertThat(admin.post(ENGINE + "/process-instance/" + instance + "/modification", startBeforeWait()).statusCode())
			.isEqualTo(204);
		assertThat(admin.put(ENGINE + "/process-instance/" + instance + "/variables/approved",
				"{\"value\":true,\"type\":\"Boolean\"}").statusCode()).isEqualTo(204);
		assertThat(this.runtime.getVariable(instance, "approved")).isEqualTo(true);
		HttpResponse<String> migrated = admin.post(ENGINE + "/migration/execute", migration(instance));
		assertThat(migrated.statusCode()).as(migrated.body()).isEqualTo(204);
		assertThat(admin.delete(ENGINE + "/process-instance/" + instance).statusCode()).isEqualTo(204);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
	}

	private WebappSession sre() {
		return new WebappSession(this.port, signIn(newPerson("Sam", null, Role.SRE)));
	}

	/** An instance waiting in a job whose retries are spent: a failedJob incident. */
	private String instanceWithFailedJob() {
		deployed();
		String instance = this.runtime.startProcessInstanceByKey(WAITING).getId();
		this.management.setJobRetries(this.management.createJobQuery().processInstanceId(instance).singleResult().getId(), 0);
		return instance;
	}

	/** An instance whose external task's retries are spent: a failedExternalTask incident. */
	private String instanceWithFailedExternalTask() {
		deployed();
		String instance = this.runtime.startProcessInstanceByKey(EXTERNAL).getId();
		this.externalTasks.setRetries(this.externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult().getId(), 0);
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instance).count()).isOne();
		return instance;
	}

	private void deployed() {
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey(WAITING).count() < 2) {
			// two versions of the waiting model, for migration
			this.repository.createDeployment().addModelInstance(WAITING + ".bpmn", model(WAITING)).deploy();
			this.repository.createDeployment().addModelInstance(WAITING + ".bpmn", model(WAITING).clone()).deploy();
			this.repository.createDeployment()
				.addModelInstance(EXTERNAL + ".bpmn", Bpmn.createExecutableProcess(EXTERNAL)
					.camundaHistoryTimeToLive(1)
					.startEvent("StartEvent")
					.serviceTask("Task_External")
					.camundaExternalTask("cockpit-check")
					.userTask("Task_After")
					.endEvent()
					.done())
				.deploy();
		}
	}

	private static BpmnModelInstance model(String key) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent")
			.userTask("Task_Wait")
			.camundaAsyncBefore()
			.endEvent()
			.done();
	}

	private static String startBeforeWait() {
		return "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Wait\"}],\"skipCustomListeners\":true}";
	}

	/** From the instance's version of the waiting model to the other one. */
	private String migration(String instance) {
		String source = definitionOf(instance);
		String target = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(WAITING)
			.list()
			.stream()
			.map(ProcessDefinition::getId)
			.filter(id -> !id.equals(source))
			.findFirst()
			.orElseThrow();
		return "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\"" + source + "\",\"targetProcessDefinitionId\":\"" + target
				+ "\",\"instructions\":[{\"sourceActivityIds\":[\"Task_Wait\"],\"targetActivityIds\":[\"Task_Wait\"]}]},"
				+ "\"processInstanceIds\":[\"" + instance + "\"]}";
	}

	private String definitionOf(String instance) {
		return this.runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId();
	}

	private static org.assertj.core.api.AbstractStringAssert<?> assertOk(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
			.isEqualTo(200);
		return assertThat(response.body());
	}

	/** Refused by the engine's authorization check: not by the CSRF filter, not for a bad request. */
	private static void assertRefused(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
			.isEqualTo(403);
		assertThat(response.body()).contains("AuthorizationException");
	}

}
