package io.connectdesk.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The one set-up of the process tests: the plain in-memory engine of {@code camunda.cfg.xml} (no Spring, no
 * job executor, full history, the mock expression manager), the {@code @Deployment} of the class or method,
 * camunda-bpm-assert bound to that engine, and, after each test, no stand-in delegates and the real clock
 * again. A model's class asserts its coverage (report under {@code target/process-test-coverage}).
 *
 * <pre>{@code
 * @RegisterExtension
 * static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(1.0);
 * }</pre>
 */
public final class ProcessTestEngine implements TestInstancePostProcessor, BeforeAllCallback, BeforeEachCallback,
		BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

	private final ProcessEngineExtension engine;

	private ProcessTestEngine(ProcessEngineExtension engine) {
		this.engine = engine;
	}

	/** For a model: the class's tests together must cover at least that share of its elements (1.0 = all). */
	public static ProcessTestEngine coveringAtLeast(double share) {
		return new ProcessTestEngine(ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(share).build());
	}

	/** For decision tables only: running a process needs the coverage state of {@link #coveringAtLeast}. */
	public static ProcessTestEngine withoutCoverage() {
		return new ProcessTestEngine(ProcessEngineExtension.builder().build());
	}

	public ProcessEngine processEngine() {
		return this.engine.getProcessEngine();
	}

	/** Stands in for the Spring bean a model names in an expression ({@code ${closeTicket}}) until the test ends. */
	public void register(String beanName, Object delegate) {
		Mocks.register(beanName, delegate);
	}

	/** Sets the engine's clock until the test ends. */
	public void clockAt(Instant now) {
		ClockUtil.setCurrentTime(Date.from(now));
	}

	/** Moves the engine's clock on. */
	public void moveClock(Duration by) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
	}

	/**
	 * Runs the job of an asynchronous step or a timer waiting at that element of the instance, as the job
	 * executor would.
	 * @return whether there was one
	 */
	public boolean executeJob(String processInstanceId, String activityId) {
		Optional<Job> job = Optional.ofNullable(processEngine().getManagementService()
			.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.singleResult());
		job.ifPresent(found -> processEngine().getManagementService().executeJob(found.getId()));
		return job.isPresent();
	}

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
		this.engine.postProcessTestInstance(testInstance, context);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (this.engine instanceof BeforeAllCallback callback) {
			callback.beforeAll(context);
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		// Spring tests in the same JVM may have started the application's engine too: assert on this one
		BpmnAwareTests.init(processEngine());
	}

	@Override
	public void beforeTestExecution(ExtensionContext context) throws Exception {
		this.engine.beforeTestExecution(context);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws Exception {
		this.engine.afterTestExecution(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		this.engine.afterAll(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return this.engine.supportsParameter(parameter, context);
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return this.engine.resolveParameter(parameter, context);
	}

}
