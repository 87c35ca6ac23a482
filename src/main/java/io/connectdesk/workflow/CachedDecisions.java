package io.connectdesk.workflow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Decision results remembered per decision and inputs, for decisions asked the same question on
 * every filing (a handful of distinct inputs, thousands of evaluations: each one rebuilt FEEL's
 * context for some thirty expressions). The results belong to the decision's latest version: the
 * cache checks at most once per {@code connectdesk.decisions.version-check} which version that is,
 * and forgets everything when another node or a deployment brought a new one.
 */
@Service
public class CachedDecisions {

	/** More distinct inputs than any of our decisions has: past it, the cache starts again. */
	private static final int MAX_ENTRIES = 1_000;

	private final Workflow workflow;

	private final RepositoryService repository;

	private final long checkNanos;

	private final Map<String, Version> versions = new ConcurrentHashMap<>();

	CachedDecisions(Workflow workflow, RepositoryService repository,
			@Value("${connectdesk.decisions.version-check:PT30S}") Duration versionCheck) {
		this.workflow = workflow;
		this.repository = repository;
		this.checkNanos = versionCheck.toNanos();
	}

	/** As {@link Workflow#decide}, from the cache when the latest version already answered these inputs. */
	public Map<String, Object> decide(String decisionKey, Map<String, Object> inputs) {
		Version version = current(decisionKey);
		Map<String, Object> known = version.results.get(inputs);
		if (known != null) {
			return known;
		}
		Map<String, Object> result = Map.copyOf(this.workflow.decide(decisionKey, inputs));
		if (version.results.size() >= MAX_ENTRIES) {
			version.results.clear();
		}
		version.results.put(Map.copyOf(inputs), result);
		return result;
	}

	private Version current(String decisionKey) {
		long now = System.nanoTime();
		Version version = this.versions.get(decisionKey);
		if (version != null && now - version.checkedAt < this.checkNanos) {
			return version;
		}
		String latestId = latestDefinitionId(decisionKey);
		Version checked = version != null && version.definitionId.equals(latestId) ? version.checkedAgain(now)
				: new Version(latestId, now, new ConcurrentHashMap<>());
		this.versions.put(decisionKey, checked);
		return checked;
	}

	private String latestDefinitionId(String decisionKey) {
		DecisionDefinition latest = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(decisionKey)
			.latestVersion()
			.singleResult();
		return latest == null ? "" : latest.getId();
	}

	private record Version(String definitionId, long checkedAt, Map<Map<String, Object>, Map<String, Object>> results) {

		Version checkedAgain(long now) {
			return new Version(this.definitionId, now, this.results);
		}

	}

}
