package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.connectdesk.customer.ServicePlan;
import io.connectdesk.workflow.ProcessTestEngine;

/** {@code Decision_IncidentServiceLevels}, one case per rule, on a plain engine. */
@Deployment(resources = "processes/incident-service-levels.dmn")
class IncidentServiceLevelDecisionTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.withoutCoverage();

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"Rule_Sev1Enterprise, SEV1, ENTERPRISE, PT5M,  PT1H,  PT4H",
			"Rule_Sev1,           SEV1, STANDARD,   PT15M, PT2H,  PT8H",
			"Rule_Sev2,           SEV2, ENTERPRISE, PT15M, PT4H,  PT24H",
			"Rule_Sev3,           SEV3, PREMIUM,    PT1H,  PT24H, P3D",
			"Rule_Sev4,           SEV4, STANDARD,   PT4H,  P3D,   P7D" })
	void eachRuleDecidesTheTargets(String rule, Severity severity, ServicePlan plan, String acknowledge, String mitigate,
			String resolve) {
		DmnDecisionTableResult result = decide(severity, plan);

		assertThat(result.getSingleResult().getEntryMap()).containsEntry("acknowledgeTarget", acknowledge)
			.containsEntry("mitigateTarget", mitigate)
			.containsEntry("resolveTarget", resolve)
			.containsEntry("calendar", "24x7");
		assertThat(engine.processEngine().getHistoryService().createHistoricDecisionInstanceQuery().includeOutputs().list())
			.flatExtracting(instance -> instance.getOutputs())
			.extracting(output -> output.getRuleId())
			.containsOnly(rule);
	}

	@Test
	void everySeverityAndPlanHasTargets() {
		for (Severity severity : Severity.values()) {
			for (ServicePlan plan : ServicePlan.values()) {
				assertThat(decide(severity, plan).getSingleResult()).as(severity + " " + plan).isNotNull();
			}
		}
	}

	private static DmnDecisionTableResult decide(Severity severity, ServicePlan plan) {
		return engine.processEngine().getDecisionService()
			.evaluateDecisionTableByKey(IncidentTargets.DECISION_KEY, Map.of("severity", severity.name(), "plan", plan.name()));
	}

}
