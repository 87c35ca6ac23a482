package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guards of {@link ProcessVariable} as a delegate meets them: on a real execution of the plain engine. */
@Deployment(resources = "stubs/typed-variables.bpmn")
class ProcessVariableOnEngineTest {

	@RegisterExtension
	static ProcessTestEngine engine = ProcessTestEngine.coveringAtLeast(1.0);

	private static final ProcessVariable<Long> ITEM_ID = ProcessVariable.ofLong("itemId");

	private static final ProcessVariable<Boolean> MANUAL = ProcessVariable.ofBoolean("manualItem");

	private final List<Object> read = new ArrayList<>();

	@BeforeEach
	void theStepReadsAndWritesTypedVariables() {
		engine.register("readItem", (JavaDelegate) execution -> {
			this.read.add(ITEM_ID.get(execution));
			MANUAL.setLocal(execution, true);
			this.read.add(MANUAL.getLocal(execution));
		});
	}

	@Test
	void aStepReadsWhatTheStartGaveWithItsType() {
		runtime().startProcessInstanceByKey("TypedVariables", ProcessVariables.of(ITEM_ID.value(42L)).asMap());

		assertThat(this.read).containsExactly(42L, true);
	}

	@Test
	void aMissingVariableFailsTheStepWithItsName() {
		assertThatThrownBy(() -> runtime().startProcessInstanceByKey("TypedVariables"))
			.isInstanceOf(MissingProcessVariableException.class)
			.hasMessageContaining("'itemId' (Long) is required");
		assertThat(this.read).isEmpty();
	}

	@Test
	void aVariableOfAnotherTypeFailsTheStep() {
		assertThatThrownBy(() -> runtime().startProcessInstanceByKey("TypedVariables", Map.of("itemId", "42")))
			.hasMessageContaining("'itemId' must be a Long but is a String");
	}

	private static RuntimeService runtime() {
		return engine.processEngine().getRuntimeService();
	}

}
