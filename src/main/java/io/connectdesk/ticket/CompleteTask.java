package io.connectdesk.ticket;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How to complete a task.
 *
 * @param comment the rejection reason, the question, the answer or the resolution: required for
 * those outcomes and posted to the public conversation; optional on accept
 */
public record CompleteTask(@NotNull Outcome outcome, @Size(max = 10000) String comment) {

	boolean hasComment() {
		return this.comment != null && !this.comment.isBlank();
	}

}
