package io.connectdesk.workflow;

/**
 * A model reached a step without a variable the step requires: the model and the code disagree. Thrown
 * from a delegate it fails the step (an asynchronous step becomes a retry, then an incident).
 */
public class MissingProcessVariableException extends IllegalStateException {

	private final String variable;

	MissingProcessVariableException(String variable, Class<?> type) {
		super("Process variable '" + variable + "' (" + type.getSimpleName() + ") is required but not set");
		this.variable = variable;
	}

	public String variable() {
		return this.variable;
	}

}
