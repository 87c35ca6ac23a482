package io.connectdesk.ticket;

/** How a task is completed. The comment is the reason, the question, the answer or the resolution. */
public enum Outcome {

	ACCEPT(false), REJECT(true), ASK(true), ANSWER(true), RESOLVE(true);

	private final boolean needsComment;

	Outcome(boolean needsComment) {
		this.needsComment = needsComment;
	}

	public boolean needsComment() {
		return this.needsComment;
	}

}
