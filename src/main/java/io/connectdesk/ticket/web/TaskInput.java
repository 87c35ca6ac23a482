package io.connectdesk.ticket.web;

import java.io.Serializable;

import io.connectdesk.ticket.Outcome;

/**
 * What a person sent in a task form that was refused: the page shows it again, the outcome they chose and the comment
 * they wrote, so a second click never completes the task with an outcome they did not pick. Serializable: flash
 * attributes live in the session, which the database keeps.
 */
public record TaskInput(String taskId, Outcome outcome, String comment) implements Serializable {

	static final String MODEL = "taskInput";

	/** This input, if it was sent for the task. */
	public boolean isFor(String task) {
		return this.taskId.equals(task);
	}

	public boolean chose(Outcome candidate) {
		return this.outcome == candidate;
	}

}
