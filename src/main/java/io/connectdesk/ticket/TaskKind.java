package io.connectdesk.ticket;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The user tasks of the ticket lifecycle and the outcomes each one takes. */
public enum TaskKind {

	REVIEW(TicketLifecycle.TASK_REVIEW, List.of(Outcome.ACCEPT, Outcome.REJECT, Outcome.ASK)),
	ANSWER(TicketLifecycle.TASK_ANSWER, List.of(Outcome.ANSWER)),
	FULFIL(TicketLifecycle.TASK_FULFIL, List.of(Outcome.RESOLVE));

	private final String definitionKey;

	private final List<Outcome> outcomes;

	TaskKind(String definitionKey, List<Outcome> outcomes) {
		this.definitionKey = definitionKey;
		this.outcomes = outcomes;
	}

	public List<Outcome> outcomes() {
		return this.outcomes;
	}

	/** The kind of a lifecycle task by its definition key; empty for any other task. */
	public static Optional<TaskKind> of(String definitionKey) {
		return Stream.of(values()).filter(kind -> kind.definitionKey.equals(definitionKey)).findFirst();
	}

}
