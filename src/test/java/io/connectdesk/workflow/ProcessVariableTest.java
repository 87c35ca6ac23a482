package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The guards of typed process variables: a missing or mistyped variable fails with its name and type. */
class ProcessVariableTest {

	enum Verdict {
		YES, NO
	}

	private static final ProcessVariable<Long> ITEM_ID = ProcessVariable.ofLong("itemId");

	private static final ProcessVariable<String> TICKET_ID = ProcessVariable.ofString("ticketId");

	private static final ProcessVariable<Boolean> MANUAL = ProcessVariable.ofBoolean("manualItem");

	private static final ProcessVariable<Integer> ATTEMPT = ProcessVariable.ofInteger("itemAttempt");

	private static final ProcessVariable<Verdict> VERDICT = ProcessVariable.ofEnum("verdict", Verdict.class);

	@Test
	void missingRequiredVariableNamesItselfAndItsType() {
		assertThatThrownBy(() -> ITEM_ID.from(Map.of("ticketId", "REQ-1")))
			.isInstanceOf(MissingProcessVariableException.class)
			.hasMessage("Process variable 'itemId' (Long) is required but not set")
			.extracting(failure -> ((MissingProcessVariableException) failure).variable())
			.isEqualTo("itemId");
	}

	@Test
	void variableSetToNullCountsAsMissing() {
		Map<String, Object> stored = new HashMap<>();
		stored.put("ticketId", null);

		assertThatThrownBy(() -> TICKET_ID.from(stored)).isInstanceOf(MissingProcessVariableException.class);
		assertThat(TICKET_ID.findIn(stored::get)).isEmpty();
	}

	@Test
	void variableOfAnotherTypeIsRefusedWithWhatItHolds() {
		assertThatThrownBy(() -> ITEM_ID.from(Map.of("itemId", "42")))
			.isInstanceOf(IllegalStateException.class)
			.isNotInstanceOf(MissingProcessVariableException.class)
			.hasMessage("Process variable 'itemId' must be a Long but is a String: 42");
		assertThatThrownBy(() -> MANUAL.from(Map.of("manualItem", "true")))
			.hasMessageContaining("must be a Boolean but is a String");
	}

	@Test
	void optionalVariableOfAnotherTypeIsRefusedToo() {
		assertThatThrownBy(() -> ATTEMPT.findIn(Map.of("itemAttempt", "2")::get))
			.hasMessage("Process variable 'itemAttempt' must be a Integer but is a String: 2");
	}

	@Test
	void longAcceptsTheSmallerIntegersClientsSend() {
		assertThat(ITEM_ID.from(Map.of("itemId", 42))).isEqualTo(42L);
		assertThat(ITEM_ID.from(Map.of("itemId", 42L))).isEqualTo(42L);
		assertThatThrownBy(() -> ITEM_ID.from(Map.of("itemId", 4.2))).hasMessageContaining("must be a Long but is a Double");
	}

	@Test
	void enumIsStoredAsItsNameAndReadBack() {
		ProcessVariables variables = ProcessVariables.of(VERDICT.value(Verdict.NO), ITEM_ID.value(7L));

		assertThat(variables.asMap()).containsEntry("verdict", "NO").containsEntry("itemId", 7L);
		assertThat(variables.get(VERDICT)).isEqualTo(Verdict.NO);
	}

	@Test
	void unknownEnumNameIsRefused() {
		assertThatThrownBy(() -> VERDICT.from(Map.of("verdict", "MAYBE")))
			.hasMessage("Process variable 'verdict' must be a Verdict but is a String: MAYBE");
		assertThatThrownBy(() -> VERDICT.from(Map.of("verdict", 1))).hasMessageContaining("must be a Verdict but is a Integer");
	}

	@Test
	void laterValueOfTheSameVariableWins() {
		ProcessVariables variables = ProcessVariables.of(TICKET_ID.value("REQ-1")).and(TICKET_ID.value("REQ-2"));

		assertThat(variables.get(TICKET_ID)).isEqualTo("REQ-2");
		assertThat(variables.find(ITEM_ID)).isEmpty();
		assertThatThrownBy(() -> variables.get(ITEM_ID)).isInstanceOf(MissingProcessVariableException.class);
	}

	@Test
	void aVariableNeedsAName() {
		assertThatThrownBy(() -> ProcessVariable.ofString(" ")).isInstanceOf(IllegalArgumentException.class);
	}

}
