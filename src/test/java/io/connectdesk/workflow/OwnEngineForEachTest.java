package io.connectdesk.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API and webapps find the engine by name ("default") in a JVM-wide registry, while
 * Spring's test context cache keeps several applications alive in one test JVM, each with its own
 * "default" engine and database; the last one started (or a closed one's removal) wins. Before each
 * test method, the test's own application's engine becomes the registered one, so a call to
 * {@code /engine-rest} or {@code /camunda/api} reaches the database the test prepared.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class OwnEngineForEachTest extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
	}

}
