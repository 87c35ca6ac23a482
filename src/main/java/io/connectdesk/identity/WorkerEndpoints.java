package io.connectdesk.identity;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The only calls of Camunda's REST API a provisioning worker's service account (WORKER) may make: what
 * Camunda's external-task client sends to work an external task ({@code EngineClient}: fetch-and-lock,
 * long-polling included, complete, failure, BPMN error, extend lock, unlock), on the default engine's
 * paths the client uses. Everything else (deployments, process definitions and instances, variables,
 * jobs, users, groups, authorizations, messages, signals, history, decisions, tasks, incidents, the
 * engine list...) is for admins: a worker's password must not be enough to deploy a model or read
 * or change a process.
 */
final class WorkerEndpoints {

	private static final String EXTERNAL_TASK = "/engine-rest/external-task/";

	private WorkerEndpoints() {
	}

	static RequestMatcher[] matchers() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new RequestMatcher[] { paths.matcher(HttpMethod.POST, EXTERNAL_TASK + "fetchAndLock"),
				paths.matcher(HttpMethod.POST, EXTERNAL_TASK + "*/complete"),
				paths.matcher(HttpMethod.POST, EXTERNAL_TASK + "*/failure"),
				paths.matcher(HttpMethod.POST, EXTERNAL_TASK + "*/bpmnError"),
				paths.matcher(HttpMethod.POST, EXTERNAL_TASK + "*/extendLock"),
				paths.matcher(HttpMethod.POST, EXTERNAL_TASK + "*/unlock") };
	}

}
