package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The in-process worker threads on a real engine: a graceful stop lets the task at work finish and hands back
 * (unlocks) the task fetched but not started, so that another node takes it at once instead of after its lock.
 */
class ExternalWorkLoopTest {

	/** The process tests' engine (camunda.cfg.xml), which counts coverage. */
	@RegisterExtension
	static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder().build();

	private static final String PROCESS = "ExternalWorkLoopTest";

	private static final String TOPIC = "external-work-loop-test";

	private final CountDownLatch started = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<String> worked = new CopyOnWriteArrayList<>();

	private String deployment;

	@BeforeEach
	void deployTwoParallelTasksOfOneInstance() {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.parallelGateway("Gateway_Fork")
			.serviceTask("Task_First").camundaExternalTask(TOPIC)
			.parallelGateway("Gateway_Join")
			.endEvent()
			.moveToNode("Gateway_Fork")
			.serviceTask("Task_Second").camundaExternalTask(TOPIC)
			.connectTo("Gateway_Join")
			.done();
		this.deployment = engine().getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
	}

	@AfterEach
	void undeploy() {
		engine().getRepositoryService().deleteDeployment(this.deployment, true);
	}

	@Test
	void stopFinishesTheTaskAtWorkAndHandsBackTheOneFetchedButNotStarted() throws Exception {
		engine().getRuntimeService().startProcessInstanceByKey(PROCESS, "REQ-1");
		ExternalWorkLoop loop = ExternalWork.over(tasks())
			.loop(new BlockingWorker(), new ExternalWorkLoop.Settings("Test", 2, 10, Duration.ofMillis(50), Duration.ofSeconds(1)));
		loop.start();
		assertThat(this.started.await(10, TimeUnit.SECONDS)).as("the first task at work").isTrue();
		assertThat(tasks().createExternalTaskQuery().locked().count()).as("both tasks fetched and locked").isEqualTo(2);

		CompletableFuture<Void> stopping = CompletableFuture.runAsync(loop::stop);
		while (loop.isRunning()) {
			Thread.onSpinWait();
		}
		this.release.countDown();
		stopping.get(30, TimeUnit.SECONDS);

		assertThat(this.worked).as("only the task at work was worked").hasSize(1);
		List<ExternalTask> left = tasks().createExternalTaskQuery().list();
		assertThat(left).as("the other task is left, handed back").hasSize(1);
		assertThat(left.get(0).getActivityId()).isNotEqualTo(this.worked.get(0));
		assertThat(left.get(0).getLockExpirationTime()).as("unlocked").isNull();
		assertThat(left.get(0).getWorkerId()).isNull();
	}

	private static ProcessEngine engine() {
		return extension.getProcessEngine();
	}

	private static ExternalTaskService tasks() {
		return engine().getExternalTaskService();
	}

	/** Works one task at a time, the first until released. */
	private final class BlockingWorker implements ExternalWorker {

		@Override
		public Collection<String> topics() {
			return List.of(TOPIC);
		}

		@Override
		public Collection<String> variables() {
			return List.of();
		}

		@Override
		public Duration lockDuration() {
			return Duration.ofMinutes(5);
		}

		@Override
		public Map<String, Object> perform(LockedTask task) {
			ExternalWorkLoopTest.this.worked.add(task.activityId());
			ExternalWorkLoopTest.this.started.countDown();
			try {
				ExternalWorkLoopTest.this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Map.of();
		}

		@Override
		public Retry afterFailure(Integer retriesLeft) {
			return new Retry(0, Duration.ZERO);
		}

	}

}
