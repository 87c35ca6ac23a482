package io.connectdesk.approval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An approver's decision: a rejection says why (the requester and CC parties are told). */
public record Decide(@NotNull Verdict verdict, @Size(max = 2000) String comment) {

	boolean hasComment() {
		return this.comment != null && !this.comment.isBlank();
	}

}
