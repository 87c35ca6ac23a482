package io.connectdesk.provisioning;

import static io.connectdesk.provisioning.Provisioning.EVENT_CANCEL_REQUESTED;
import static io.connectdesk.provisioning.Provisioning.EVENT_COMPENSATE_ITEMS;
import static io.connectdesk.provisioning.Provisioning.EVENT_ITEMS_PROVISIONED;
import static io.connectdesk.provisioning.Provisioning.EVENT_PROVISIONING_CANCELLED;
import static io.connectdesk.provisioning.Provisioning.MESSAGE_CANCELLED;
import static io.connectdesk.provisioning.Provisioning.PROCESS_KEY;
import static io.connectdesk.provisioning.Provisioning.TASK_MANUAL_CHECKLIST;
import static io.connectdesk.provisioning.Provisioning.TASK_PROVISION_ITEM;
import static io.connectdesk.provisioning.Provisioning.TASK_RECORD_CANCELLED;
import static io.connectdesk.provisioning.Provisioning.TASK_UNDO_ITEM;
import static io.connectdesk.provisioning.Provisioning.TASK_UNDO_MANUALLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.connectdesk.workflow.ProcessTestEngine;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.workflow.ExternalWork;

/**
 * One test per path through {@code processes/provisioning.bpmn}, on a plain in-memory engine, with the real
 * worker code ({@link InProcessWorkers#workOnce}, {@link AdapterCalls}) and fault-injection test adapters. The
 * delegates that touch the database are stood in for by recorders.
 */
@Deployment(resources = "processes/provisioning.bpmn")
class ProvisioningProcessTest {

	/**
	 * Every element but the two compensation boundary events ({@code Event_UndoItem}, {@code Event_UndoManualItem}),
	 * which the engine never enters: it starts their handlers directly (as the cancel path asserts).
	 */
	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(37.0 / 39);

	private static final String TICKET = "REQ-2001";

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1));

	private final RecordingAdapter git = new RecordingAdapter("git-repository");

	private final RecordingAdapter infra = new RecordingAdapter("infra-config");

	/** Item id to component, environment, adapter kind. */
	private final Map<Long, String[]> plan = new LinkedHashMap<>();

	private final List<Long> recorded = new CopyOnWriteArrayList<>();

	private final List<Long> compensated = new CopyOnWriteArrayList<>();

	private final List<String> cancelled = new CopyOnWriteArrayList<>();

	private InProcessWorkers worker;

	@BeforeEach
	void standInForSpringBeans() {
		engine.clockAt(NOW);
		ProvisioningSettings settings = new ProvisioningSettings(true, new RetryDelays(DELAYS), Duration.ofMinutes(5),
				new ProvisioningSettings.Workers(true, 1, 10, Duration.ofMillis(50), Duration.ofSeconds(1)));
		this.worker = new InProcessWorkers(ExternalWork.over(externalTaskService()), new AdapterCalls(List.of(this.git, this.infra)),
				new ItemOutputs(new ObjectMapper()), settings);
		engine.register("loadProvisioningItems", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
			Provisioning.CANCELLED.set(execution, false);
			Provisioning.ITEMS.setTransient(execution, new ArrayList<>(this.plan.keySet()));
		});
		engine.register("prepareProvisioningItem", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
			String[] item = this.plan.get(Provisioning.ITEM_ID.get(execution));
			Provisioning.ITEM_ID.setLocal(execution, Provisioning.ITEM_ID.get(execution));
			Provisioning.MANUAL.setLocal(execution, AdapterKinds.MANUAL.equals(item[2]));
			Provisioning.ADAPTER_TOPIC.setLocal(execution, Provisioning.topicOf(item[2]));
			Provisioning.TICKET_ID.setLocal(execution, TICKET);
			Provisioning.CUSTOMER_ID.setLocal(execution, 7L);
			Provisioning.CUSTOMER.setLocal(execution, "acme");
			Provisioning.COMPONENT.setLocal(execution, item[0]);
			Provisioning.ENVIRONMENT.setLocal(execution, item[1]);
			Provisioning.OUTPUTS.setLocal(execution, "{}");
			Provisioning.ATTEMPT.setLocal(execution, 1);
		});
		engine.register("recordProvisioningItem", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> this.recorded
			.add(Provisioning.ITEM_ID.get(execution)));
		engine.register("recordItemCompensated", (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> this.compensated
			.add(Provisioning.UNDONE_ITEM_ID.get(execution)));
		engine.register("recordProvisioningCancelled", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> this.cancelled
			.add(execution.getProcessBusinessKey()));
	}


	@Test
	void everyItemIsProvisionedByItsAdapterKind() {
		item(1L, "source-repository", "production", "git-repository");
		item(2L, "container-service", "production", "infra-config");
		item(3L, "container-service", "pre-production", "infra-config");
		ProcessInstance provisioning = start();
		assertThat(provisioning).isWaitingAt(TASK_PROVISION_ITEM);
		assertThat(externalTaskService().createExternalTaskQuery().topicName("provisioning-infra-config").count()).isEqualTo(2);

		assertThat(work()).isEqualTo(3);

		assertThat(provisioning).hasPassed(TASK_PROVISION_ITEM, Provisioning.TASK_RECORD_ITEM, EVENT_ITEMS_PROVISIONED)
			.hasNotPassed(TASK_MANUAL_CHECKLIST, TASK_UNDO_ITEM)
			.isEnded();
		assertThat(this.recorded).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(this.git.calls).containsExactly("provision REQ-2001:source-repository:production");
		assertThat(this.infra.calls).containsExactlyInAnyOrder("provision REQ-2001:container-service:production",
				"provision REQ-2001:container-service:pre-production");
	}

	@Test
	void manualComponentWaitsForTheSreChecklist() {
		item(1L, "blue-green", "production", AdapterKinds.MANUAL);
		ProcessInstance provisioning = start();

		assertThat(provisioning).isWaitingAt(TASK_MANUAL_CHECKLIST).task().hasCandidateGroup("SRE");
		assertThat(work()).isZero();

		completeByHand(taskQuery().processInstanceId(provisioning.getId()).singleResult());
		assertThat(provisioning).hasPassed(TASK_MANUAL_CHECKLIST, EVENT_ITEMS_PROVISIONED).isEnded();
		assertThat(this.recorded).containsExactly(1L);
	}

	@Test
	void failedItemRetriesAfterItsBackoffAndIsDoneOnce() {
		item(1L, "source-repository", "production", "git-repository");
		this.git.failTimes(2);
		ProcessInstance provisioning = start();

		assertThat(work()).isEqualTo(1);
		ExternalTask failed = itemTask(provisioning);
		assertThat(failed.getRetries()).isEqualTo(2);
		assertThat(failed.getErrorMessage()).contains("timed out");
		assertThat(failed.getLockExpirationTime()).as("the first backoff").isEqualTo(Date.from(NOW.plus(DELAYS.get(0))));
		assertThat(work()).as("nothing to fetch during the backoff").isZero();

		engine.clockAt(NOW.plus(DELAYS.get(0)));
		assertThat(work()).isEqualTo(1);
		assertThat(itemTask(provisioning).getLockExpirationTime()).as("the second backoff")
			.isEqualTo(Date.from(NOW.plus(DELAYS.get(0)).plus(DELAYS.get(1))));

		engine.clockAt(NOW.plus(DELAYS.get(0)).plus(DELAYS.get(1)));
		assertThat(work()).isEqualTo(1);
		assertThat(provisioning).hasPassed(EVENT_ITEMS_PROVISIONED).isEnded();
		assertThat(this.git.calls).containsExactly("provision REQ-2001:source-repository:production");
		assertThat(this.recorded).containsExactly(1L);
		assertThat(runtimeService().createIncidentQuery().count()).isZero();
	}

	@Test
	void itemThatKeepsFailingRaisesAnIncidentAndSucceedsWhenRetriedAfterTheFix() {
		item(1L, "source-repository", "production", "git-repository");
		this.git.breakDown();
		ProcessInstance provisioning = start();
		for (Duration delay : DELAYS) {
			work();
			ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + delay.toMillis()));
		}
		assertThat(work()).as("the last attempt").isEqualTo(1);

		Incident incident = runtimeService().createIncidentQuery().processInstanceId(provisioning.getId()).singleResult();
		assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
		assertThat(incident.getIncidentMessage()).contains("backend is down");
		assertThat(work()).as("no retries left").isZero();

		this.git.repair();
		externalTaskService().setRetries(itemTask(provisioning).getId(), 1);
		assertThat(work()).isEqualTo(1);
		assertThat(provisioning).hasPassed(EVENT_ITEMS_PROVISIONED).isEnded();
		assertThat(this.recorded).containsExactly(1L);
	}

	@Test
	void cancellingAfterTwoOfThreeItemsUndoesBothAndNothingElse() {
		item(1L, "source-repository", "production", "git-repository");
		item(2L, "container-service", "production", "infra-config");
		item(3L, "blue-green", "production", AdapterKinds.MANUAL);
		item(4L, "container-service", "pre-production", "infra-config");
		this.infra.breakDown();
		ProcessInstance provisioning = start();
		work();
		// Item 1 (git) is done, item 3 by hand; both infra items are failing.
		completeByHand(taskQuery().processInstanceId(provisioning.getId()).taskDefinitionKey(TASK_MANUAL_CHECKLIST).singleResult());
		assertThat(this.recorded).containsExactlyInAnyOrder(1L, 3L);

		runtimeService().createMessageCorrelation(MESSAGE_CANCELLED)
			.processInstanceBusinessKey(TICKET)
			.setVariable(Provisioning.VAR_CANCELLED, true)
			.correlateAll();

		assertThat(provisioning).isWaitingAt(TASK_UNDO_ITEM, TASK_UNDO_MANUALLY);
		assertThat(externalTaskService().createExternalTaskQuery().activityId(TASK_PROVISION_ITEM).count())
			.as("the unfinished items stop").isZero();
		assertThat(work()).isEqualTo(1);
		complete(taskQuery().processInstanceId(provisioning.getId()).taskDefinitionKey(TASK_UNDO_MANUALLY).singleResult());

		assertThat(provisioning).hasPassed(EVENT_CANCEL_REQUESTED, Provisioning.EVENT_ITEM_STOPPED, EVENT_COMPENSATE_ITEMS, TASK_UNDO_ITEM,
				TASK_UNDO_MANUALLY, TASK_RECORD_CANCELLED, EVENT_PROVISIONING_CANCELLED)
			.hasNotPassed(EVENT_ITEMS_PROVISIONED)
			.isEnded();
		assertThat(this.compensated).containsExactlyInAnyOrder(1L, 3L);
		assertThat(this.git.calls).containsExactly("provision REQ-2001:source-repository:production",
				"deprovision REQ-2001:source-repository:production");
		assertThat(this.git.existing).isEmpty();
		assertThat(this.infra.calls).as("nothing of the failed items to undo").isEmpty();
		assertThat(this.cancelled).containsExactly(TICKET);
	}

	private void item(Long id, String component, String environment, String kind) {
		this.plan.put(id, new String[] { component, environment, kind });
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TICKET,
				withVariables(Provisioning.VAR_OPERATION, Operation.PROVISION.name()));
	}

	/**
	 * One fetch-and-lock round of the in-process worker over all topics, then the job executor's part (recording
	 * each item is an asynchronous continuation); how many tasks it worked.
	 */
	private int work() {
		int worked = this.worker.workOnce();
		executeContinuations();
		return worked;
	}

	private static void completeByHand(Task checklist) {
		complete(checklist);
		executeContinuations();
	}

	/** What the job executor would do next: every job due now, until none is left. */
	private static void executeContinuations() {
		for (var jobs = dueJobs(); !jobs.isEmpty(); jobs = dueJobs()) {
			jobs.forEach(job -> managementService().executeJob(job.getId()));
		}
	}

	private static List<Job> dueJobs() {
		return managementService().createJobQuery().executable().list();
	}

	private static ExternalTask itemTask(ProcessInstance provisioning) {
		return externalTaskService().createExternalTaskQuery().processInstanceId(provisioning.getId()).singleResult();
	}

}
