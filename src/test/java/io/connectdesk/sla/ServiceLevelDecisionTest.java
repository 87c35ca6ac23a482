package io.connectdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.connectdesk.customer.ServicePlan;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.workflow.ProcessTestEngine;

/** {@code Decision_ServiceLevels}, one case per rule, on a plain engine ({@code camunda.cfg.xml}). */
@Deployment(resources = "processes/service-levels.dmn")
class ServiceLevelDecisionTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.withoutCoverage();

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"Rule_UrgentEnterprise,   ENTERPRISE, true,  QUESTION,              PT30M, PT4H,  24x7",
			"Rule_UrgentPremium,      PREMIUM,    true,  INCIDENT,              PT1H,  PT8H,  24x7",
			"Rule_UrgentStandard,     STANDARD,   true,  COMPONENT_ACTIVATION,  PT2H,  PT24H, 24x7",
			"Rule_IncidentEnterprise, ENTERPRISE, false, INCIDENT,              PT1H,  PT8H,  24x7",
			"Rule_IncidentPremium,    PREMIUM,    false, INCIDENT,              PT2H,  PT16H, BUSINESS_HOURS",
			"Rule_IncidentStandard,   STANDARD,   false, INCIDENT,              PT4H,  PT24H, BUSINESS_HOURS",
			"Rule_RequestEnterprise,  ENTERPRISE, false, VPN_LINK,              PT2H,  PT24H, BUSINESS_HOURS",
			"Rule_RequestPremium,     PREMIUM,    false, ACCESS_REQUEST,        PT4H,  PT40H, BUSINESS_HOURS",
			"Rule_RequestStandard,    STANDARD,   false, QUESTION,              PT8H,  PT72H, BUSINESS_HOURS" })
	void eachRuleDecidesItsTargets(String rule, ServicePlan plan, boolean urgent, TicketType type, String firstResponse,
			String resolution, String calendar) {
		DmnDecisionTableResult result = decide(plan, urgent, type);

		assertThat(result).hasSize(1);
		assertThat(result.getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
				ServiceLevelProcess.OUT_FIRST_RESPONSE, firstResponse, ServiceLevelProcess.OUT_RESOLUTION, resolution,
				ServiceLevelProcess.OUT_CALENDAR, calendar));
		assertThat(engine.processEngine().getHistoryService().createHistoricDecisionInstanceQuery().includeOutputs().list())
			.flatExtracting(instance -> instance.getOutputs())
			.extracting(output -> output.getRuleId())
			.containsOnly(rule);
	}

	@Test
	void everyTicketTypeAndPlanHasExactlyOneRule() {
		for (ServicePlan plan : ServicePlan.values()) {
			for (TicketType type : TicketType.values()) {
				for (boolean urgent : new boolean[] { true, false }) {
					assertThat(decide(plan, urgent, type)).as(plan + " " + type + " urgent=" + urgent).hasSize(1);
				}
			}
		}
	}

	@Test
	void theCalendarIsOneTheApplicationKnows() {
		for (ServicePlan plan : ServicePlan.values()) {
			String calendar = (String) decide(plan, false, TicketType.QUESTION).getSingleResult().get(ServiceLevelProcess.OUT_CALENDAR);
			assertThat(CalendarKind.ofDecision(calendar)).isNotNull();
		}
		assertThatThrownBy(() -> CalendarKind.ofDecision("9to5")).isInstanceOf(IllegalArgumentException.class);
	}

	private static DmnDecisionTableResult decide(ServicePlan plan, boolean urgent, TicketType type) {
		return engine.processEngine().getDecisionService()
			.evaluateDecisionTableByKey(ServiceLevelProcess.DECISION_KEY, Map.of(ServiceLevelProcess.IN_PLAN, plan.name(),
					ServiceLevelProcess.IN_URGENT, urgent, ServiceLevelProcess.IN_TICKET_TYPE, type.name()));
	}

}
