package io.connectdesk.workflow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The id of the latest version of each process and decision, looked up at most once per
 * {@code connectdesk.decisions.version-check} rather than on every start (the engine's start by key
 * asks the database each time; by id it finds the definition in its deployment cache). A version
 * deployed by another node or at run time is used from the next check on.
 */
@Component
class LatestDefinitions {

	private final RepositoryService repository;

	private final long checkNanos;

	private final Map<String, Checked> processes = new ConcurrentHashMap<>();

	private final Map<String, Checked> decisions = new ConcurrentHashMap<>();

	LatestDefinitions(@Lazy RepositoryService repository,
			@Value("${connectdesk.decisions.version-check:PT30S}") Duration versionCheck) {
		this.repository = repository;
		this.checkNanos = versionCheck.toNanos();
	}

	String processDefinitionId(String processKey) {
		return latest(this.processes, processKey, key -> {
			ProcessDefinition latest = this.repository.createProcessDefinitionQuery().processDefinitionKey(key)
				.latestVersion().singleResult();
			if (latest == null) {
				throw new IllegalStateException("No process " + key + " is deployed");
			}
			return latest.getId();
		});
	}

	String decisionDefinitionId(String decisionKey) {
		return latest(this.decisions, decisionKey, key -> {
			DecisionDefinition latest = this.repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
				.latestVersion().singleResult();
			return latest == null ? "" : latest.getId();
		});
	}

	private String latest(Map<String, Checked> known, String key, Function<String, String> lookUp) {
		long now = System.nanoTime();
		Checked checked = known.get(key);
		if (checked == null || now - checked.at() >= this.checkNanos) {
			checked = new Checked(lookUp.apply(key), now);
			known.put(key, checked);
		}
		return checked.id();
	}

	private record Checked(String id, long at) {
	}

}
