package io.connectdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The job executor's part for the asynchronous steps that follow a person's action, in Spring tests that turn
 * the job executor off ({@code application-test.yml}, so that tests move timers themselves): when the
 * transaction that reached {@code Task_PlanProvisioning} or {@code Task_ReadCostFacts} commits, their job runs
 * at once in its own transaction, as the job executor's hint after commit would make it run in production. A
 * failing job loses a retry (then becomes an incident) and the caller's request still succeeds, as in
 * production. Tests that want to see the moment before the job ran set
 * {@value #DISABLED} and run it themselves. Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class InlineContinuations implements ContextCustomizerFactory {

	/** A test property that leaves the jobs to the test. */
	public static final String DISABLED = "connectdesk.test.inline-continuations=false";

	/** The asynchronous steps whose jobs run after commit; other jobs (timers, the ladder's) stay with the tests. */
	static final Set<String> ACTIVITIES = Set.of("Task_PlanProvisioning", "Task_ReadCostFacts", "Task_PagePrimary");

	private static final Logger log = LoggerFactory.getLogger(InlineContinuations.class);

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
		return new Customizer();
	}

	/** Equal for every test class, so that the context cache is not split by it. */
	private record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (!List.of(config.getPropertySourceProperties()).contains(DISABLED)) {
				context.getBeanFactory().registerSingleton("inlineContinuations", new Plugin());
			}
		}

	}

	private static final class Plugin extends AbstractProcessEnginePlugin {

		@Override
		public void preInit(ProcessEngineConfigurationImpl configuration) {
			List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
					: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
			listeners.add(new AbstractBpmnParseListener() {
				@Override
				public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
					PvmActivity target = transition.getDestination();
					if (target != null && target.isAsyncBefore() && ACTIVITIES.contains(target.getId())) {
						transition.addListener(ExecutionListener.EVENTNAME_TAKE, new RunAfterCommit(target.getId()));
					}
				}
			});
			configuration.setCustomPostBPMNParseListeners(listeners);
		}

	}

	private record RunAfterCommit(String activityId) implements ExecutionListener {

		private static final Executor RUNNER = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "inline-continuations");
			thread.setDaemon(true);
			return thread;
		});

		@Override
		public void notify(DelegateExecution execution) {
			ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
			if (configuration.getJobExecutor().isActive() || !TransactionSynchronizationManager.isSynchronizationActive()) {
				return;
			}
			String instance = execution.getProcessInstanceId();
			ManagementService management = configuration.getManagementService();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// On a thread of its own, as the job executor's: this thread still holds the committed transaction's
					// connection until it returns, and a request takes one connection at a time
					// (OneConnectionPerRequest). The caller waits, so that it sees what the job did.
					CompletableFuture.runAsync(() -> runJobs(management, instance), RUNNER).join();
				}
			});
		}

		private void runJobs(ManagementService management, String instance) {
			for (Job job : management.createJobQuery().processInstanceId(instance).activityId(this.activityId).executable().list()) {
				try {
					management.executeJob(job.getId());
				}
				catch (RuntimeException failure) {
					log.info("Job of {} failed, as the job executor would report: {}", this.activityId, failure.toString());
				}
			}
		}

	}

}
