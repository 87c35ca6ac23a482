package io.connectdesk.workflow;

import java.time.Instant;

/**
 * An open user task, detached from the engine's types.
 *
 * @param definitionKey the task's id in the model, e.g. {@code Task_ReviewTicket}
 */
public record WorkTask(String id, String definitionKey, String name, String processInstanceId, String assignee,
		Instant created, int priority) {

	public boolean isAssignedTo(String userId) {
		return userId != null && userId.equals(this.assignee);
	}

	public boolean isClaimed() {
		return this.assignee != null;
	}

}
