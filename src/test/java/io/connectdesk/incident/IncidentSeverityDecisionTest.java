package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.connectdesk.customer.ServicePlan;
import io.connectdesk.workflow.ProcessTestEngine;

/** {@code Decision_IncidentSeverity}, one case per rule, on a plain engine. */
@Deployment(resources = "processes/incident-severity.dmn")
class IncidentSeverityDecisionTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.withoutCoverage();

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"Rule_CriticalOnPaidProduction, critical, database,          true,  ENTERPRISE, SEV1",
			"Rule_CriticalOnPaidProduction, Critical, api-gateway,       true,  PREMIUM,    SEV1",
			"Rule_CriticalOnProduction,     critical, api-gateway,       true,  STANDARD,   SEV2",
			"Rule_BlindOnProduction,        info,     monitoring,        true,  ENTERPRISE, SEV2",
			"Rule_BlindOnProduction,        '',       alerts,            true,  STANDARD,   SEV2",
			"Rule_DataOnProduction,         warning,  database,          true,  STANDARD,   SEV2",
			"Rule_WarningOnProduction,      warning,  container-service, true,  PREMIUM,    SEV3",
			"Rule_CriticalElsewhere,        critical, database,          false, ENTERPRISE, SEV3",
			"Rule_Otherwise,                warning,  database,          false, ENTERPRISE, SEV4",
			"Rule_Otherwise,                info,     api-gateway,       true,  STANDARD,   SEV4" })
	void eachRuleDecidesTheSeverity(String rule, String label, String component, boolean production, ServicePlan plan,
			Severity severity) {
		DmnDecisionTableResult result = decide(label, component, production, plan);

		assertThat(result.getSingleResult().getEntryMap()).containsEntry(SeverityPolicy.OUT_SEVERITY, severity.name());
		assertThat(engine.processEngine().getHistoryService().createHistoricDecisionInstanceQuery().includeOutputs().list())
			.flatExtracting(instance -> instance.getOutputs())
			.extracting(output -> output.getRuleId())
			.containsOnly(rule);
	}

	@Test
	void everyQuestionGetsASeverityTheApplicationKnows() {
		for (ServicePlan plan : ServicePlan.values()) {
			for (String label : new String[] { "critical", "warning", "info", "", "page" }) {
				for (boolean production : new boolean[] { true, false }) {
					String decided = (String) decide(label, "database", production, plan).getSingleResult().get(SeverityPolicy.OUT_SEVERITY);
					assertThat(Severity.valueOf(decided)).as(plan + " " + label + " " + production).isNotNull();
				}
			}
		}
	}

	private static DmnDecisionTableResult decide(String label, String component, boolean production, ServicePlan plan) {
		return engine.processEngine().getDecisionService()
			.evaluateDecisionTableByKey(SeverityPolicy.DECISION_KEY, SeverityPolicy.inputs(label, component, production, plan));
	}

}
