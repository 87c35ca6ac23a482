package io.connectdesk.workflow;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	private final DecisionTables tables;

	private final LatestDefinitions latest;

	/** Per decision key: the latest version's id and the results it gave. */
	private final Map<String, Version> versions = new ConcurrentHashMap<>();

	CachedDecisions(DecisionTables tables, LatestDefinitions latest) {
		this.tables = tables;
		this.latest = latest;
	}

	/** As {@link DecisionTables#decide}, from the cache when the latest version already answered these inputs. */
	public Map<String, Object> decide(String decisionKey, Map<String, Object> inputs) {
		Version version = current(decisionKey);
		Map<String, Object> known = version.results.get(inputs);
		if (known != null) {
			return known;
		}
		Map<String, Object> result = Map.copyOf(this.tables.decide(decisionKey, inputs));
		if (version.results.size() >= MAX_ENTRIES) {
			version.results.clear();
		}
		version.results.put(Map.copyOf(inputs), result);
		return result;
	}

	private Version current(String decisionKey) {
		String latestId = this.latest.decisionDefinitionId(decisionKey);
		Version version = this.versions.get(decisionKey);
		if (version == null || !version.definitionId().equals(latestId)) {
			version = new Version(latestId, new ConcurrentHashMap<>());
			this.versions.put(decisionKey, version);
		}
		return version;
	}

	private record Version(String definitionId, Map<Map<String, Object>, Map<String, Object>> results) {
	}

}
