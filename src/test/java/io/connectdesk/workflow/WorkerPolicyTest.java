package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.ConcurrentUpdateException;

/**
 * The one worker policy, with a recording way back to the engine standing in for the engine's and the client's
 * (both are exercised for real by ExternalWorkLoopTest, ProvisioningProcessTest and RemoteWorkerTest).
 */
class WorkerPolicyTest {

	private static final LockedTask TASK = new LockedTask("task-1", "topic", "Task_Work", "instance-1", "REQ-1", 3,
			name -> null);

	private final List<String> calls = new ArrayList<>();

	@Test
	void aCompletionThatClashesIsTriedAgainAtOnce() {
		new WorkerPolicy(worker(null)).work(TASK, engineClashing(2));

		assertThat(this.calls).containsExactly("complete", "complete", "complete");
	}

	@Test
	void aCompletionThatKeepsClashingGivesUpAfterFiveAttempts() {
		assertThatThrownBy(() -> new WorkerPolicy(worker(null)).work(TASK, engineClashing(Integer.MAX_VALUE)))
			.isInstanceOf(ConcurrentUpdateException.class);

		assertThat(this.calls).hasSize(WorkerPolicy.COMPLETE_ATTEMPTS);
	}

	@Test
	void aFailureIsReportedWithTheWorkersRetriesAndDelay() {
		new WorkerPolicy(worker(new IllegalStateException("the adapter said no"))).work(TASK, engineClashing(0));

		assertThat(this.calls).containsExactly("fail the adapter said no, 2 retries in PT10S");
	}

	@Test
	void aTaskGoneMeanwhileIsLetGo() {
		WorkerPolicy.Engine gone = new WorkerPolicy.Engine() {

			@Override
			public void complete(Map<String, Object> local) {
				WorkerPolicyTest.this.calls.add("complete");
				throw new WorkerPolicy.TaskGone(new IllegalStateException("no such task"));
			}

			@Override
			public void fail(String message, String details, ExternalWorker.Retry retry) {
				WorkerPolicyTest.this.calls.add("fail");
			}

		};
		new WorkerPolicy(worker(null)).work(TASK, gone);

		assertThat(this.calls).containsExactly("complete");
	}

	@Test
	void aLongFailureMessageIsCutTo600Characters() {
		assertThat(WorkerPolicy.message(new IllegalStateException("x".repeat(700)))).hasSize(600);
		assertThat(WorkerPolicy.message(new IllegalStateException())).isEqualTo("IllegalStateException");
	}

	private WorkerPolicy.Engine engineClashing(int clashes) {
		return new WorkerPolicy.Engine() {

			private int left = clashes;

			@Override
			public void complete(Map<String, Object> local) {
				WorkerPolicyTest.this.calls.add("complete");
				if (this.left-- > 0) {
					throw new ConcurrentUpdateException(new IllegalStateException("clash"));
				}
			}

			@Override
			public void fail(String message, String details, ExternalWorker.Retry retry) {
				WorkerPolicyTest.this.calls.add("fail " + message + ", " + retry.retries() + " retries in " + retry.delay());
			}

		};
	}

	private static ExternalWorker worker(RuntimeException failure) {
		return new ExternalWorker() {

			@Override
			public Collection<String> topics() {
				return List.of("topic");
			}

			@Override
			public Collection<String> variables() {
				return List.of();
			}

			@Override
			public Duration lockDuration() {
				return Duration.ofMinutes(1);
			}

			@Override
			public Map<String, Object> perform(LockedTask task) {
				if (failure != null) {
					throw failure;
				}
				return Map.of("done", true);
			}

			@Override
			public Retry afterFailure(Integer retriesLeft) {
				return new Retry(retriesLeft - 1, Duration.ofSeconds(10));
			}

		};
	}

}
