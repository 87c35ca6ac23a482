package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per rule of {@code processes/approval-policy.dmn} (hit policy FIRST), on the plain DMN engine. */
class ApprovalPolicyTest {

	private static DmnEngine dmn;

	private static DmnDecision policy;

	@BeforeAll
	static void parseThePolicy() throws Exception {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream table = ApprovalPolicyTest.class.getResourceAsStream("/processes/approval-policy.dmn")) {
			policy = dmn.parseDecision(CostApproval.DECISION_POLICY, table);
		}
	}

	@Test
	void aDecreaseNeedsOneApprovalWhateverItsSizeAndPlan() {
		assertThat(decide(-5000.0, "STANDARD")).containsEntry("requiredApprovals", 1).containsEntry("policyRule", "decrease");
		assertThat(decide(-0.5, "ENTERPRISE")).containsEntry("requiredApprovals", 1).containsEntry("policyRule", "decrease");
	}

	@Test
	void standardIncreaseUpTo50NeedsOneApproval() {
		assertThat(decide(50.0, "STANDARD")).containsEntry("requiredApprovals", 1)
			.containsEntry("policyRule", "STANDARD increase up to 50 MRU");
		assertThat(decide(50.01, "STANDARD")).containsEntry("requiredApprovals", 2);
	}

	@Test
	void premiumIncreaseUpTo200NeedsOneApproval() {
		assertThat(decide(200.0, "PREMIUM")).containsEntry("requiredApprovals", 1)
			.containsEntry("policyRule", "PREMIUM increase up to 200 MRU");
		assertThat(decide(200.01, "PREMIUM")).containsEntry("requiredApprovals", 2);
	}

	@Test
	void enterpriseIncreaseUpTo500NeedsOneApproval() {
		assertThat(decide(500.0, "ENTERPRISE")).containsEntry("requiredApprovals", 1)
			.containsEntry("policyRule", "ENTERPRISE increase up to 500 MRU");
		assertThat(decide(500.01, "ENTERPRISE")).containsEntry("requiredApprovals", 2);
	}

	@Test
	void anIncreaseAboveThePlansThresholdNeedsTwoApprovals() {
		assertThat(decide(60.0, "STANDARD")).containsEntry("requiredApprovals", 2).containsEntry("policyRule", "large increase");
		assertThat(decide(10_000.0, "ENTERPRISE")).containsEntry("requiredApprovals", 2).containsEntry("policyRule", "large increase");
	}

	private static DmnDecisionResultEntries decide(double mruDelta, String plan) {
		return dmn.evaluateDecision(policy, Map.<String, Object>of("mruDelta", mruDelta, "plan", plan)).getSingleResult();
	}

}
