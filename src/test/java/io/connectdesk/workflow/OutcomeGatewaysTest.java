package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.connectdesk.approval.ApprovalStatus;
import io.connectdesk.provisioning.Provisioning;
import io.connectdesk.ticket.Outcome;
import io.connectdesk.ticket.TicketLifecycle;

/**
 * Business outcomes decide gateways as enums: the code writes them through {@link ProcessVariable#ofEnum}
 * (stored as the constant's name, readable in Cockpit), and every comparison with a text in a model's
 * condition is on such a variable and names one of its enum's constants. A renamed constant or a misspelt
 * outcome in a model fails here, not in production at a gateway without a way out.
 */
class OutcomeGatewaysTest {

	private static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'");

	/** The enum-backed variables the models compare, by name. */
	private static final Map<String, ProcessVariable<? extends Enum<?>>> OUTCOMES = Map.of(
			TicketLifecycle.REVIEW_OUTCOME.name(), TicketLifecycle.REVIEW_OUTCOME,
			TicketLifecycle.VAR_APPROVAL_OUTCOME, ProcessVariable.ofEnum(TicketLifecycle.VAR_APPROVAL_OUTCOME, ApprovalStatus.class),
			Provisioning.OPERATION.name(), Provisioning.OPERATION);

	@ParameterizedTest
	@ValueSource(strings = { "processes/ticket-lifecycle.bpmn", "processes/cost-approval.bpmn", "processes/provisioning.bpmn",
			"processes/escalation-ladder.bpmn" })
	void everyTextComparisonNamesAConstantOfItsVariablesEnum(String model) throws Exception {
		for (String[] comparison : comparisons(model)) {
			ProcessVariable<? extends Enum<?>> variable = OUTCOMES.get(comparison[0]);
			assertThat(variable).as("%s compares %s with a text: make it an enum-backed ProcessVariable", model, comparison[0])
				.isNotNull();
			assertThat(constantsOf(variable)).as("%s: %s == '%s'", model, comparison[0], comparison[1]).contains(comparison[1]);
		}
	}

	@Test
	void reviewAndApprovalGatewaysCompareOutcomes() throws Exception {
		assertThat(comparisons("processes/ticket-lifecycle.bpmn")).extracting(comparison -> comparison[0] + "=" + comparison[1])
			.contains("reviewOutcome=ACCEPT", "reviewOutcome=REJECT", "reviewOutcome=ASK", "approvalOutcome=APPROVED",
					"approvalOutcome=REJECTED", "approvalOutcome=EXPIRED");
		assertThat(comparisons("processes/cost-approval.bpmn")).extracting(comparison -> comparison[1])
			.contains(ApprovalStatus.APPROVED.name(), ApprovalStatus.REJECTED.name());
	}

	@Test
	void outcomesTravelAsTheirNames() {
		assertThat(ProcessVariables.of(TicketLifecycle.REVIEW_OUTCOME.value(Outcome.ACCEPT)).asMap())
			.containsEntry("reviewOutcome", "ACCEPT");
	}

	private static List<String> constantsOf(ProcessVariable<? extends Enum<?>> variable) {
		return Arrays.stream(variable.type().getEnumConstants()).map(Enum::name).toList();
	}

	/** Each text comparison in the model's conditions: variable name, text. */
	private static List<String[]> comparisons(String model) throws Exception {
		List<String[]> found = new ArrayList<>();
		try (InputStream in = OutcomeGatewaysTest.class.getClassLoader().getResourceAsStream(model)) {
			assertThat(in).as(model).isNotNull();
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(in);
			NodeList conditions = document.getElementsByTagNameNS("*", "conditionExpression");
			for (int i = 0; i < conditions.getLength(); i++) {
				Matcher matcher = COMPARISON.matcher(conditions.item(i).getTextContent());
				while (matcher.find()) {
					found.add(new String[] { matcher.group(1), matcher.group(2) });
				}
			}
		}
		return found;
	}

}
