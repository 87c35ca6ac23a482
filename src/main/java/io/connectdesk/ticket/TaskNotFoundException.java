package io.connectdesk.ticket;

import io.connectdesk.common.NotFoundException;

/** No open task the caller may see has that id. */
public class TaskNotFoundException extends NotFoundException {

	TaskNotFoundException(String taskId) {
		super("task-not-found", "No open task " + taskId);
	}

}
