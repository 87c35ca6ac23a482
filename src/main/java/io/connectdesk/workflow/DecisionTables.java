package io.connectdesk.workflow;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Evaluates decision tables; the application asks through {@link CachedDecisions}. */
@Service
class DecisionTables {

	private final DecisionService decisions;

	DecisionTables(@Lazy DecisionService decisions) {
		this.decisions = decisions;
	}

	/** Evaluates a decision table whose hit policy yields one result; returns that result's outputs. */
	Map<String, Object> decide(String decisionKey, Map<String, Object> inputs) {
		DmnDecisionRuleResult result = this.decisions.evaluateDecisionTableByKey(decisionKey, inputs).getSingleResult();
		if (result == null) {
			throw new IllegalStateException("No rule of " + decisionKey + " matches " + inputs);
		}
		return result.getEntryMap();
	}

}
