package io.connectdesk.incident;

/** How bad an incident is, SEV1 worst; decided by {@code Decision_IncidentSeverity}, changed by an SRE with a reason. */
public enum Severity {

	SEV1, SEV2, SEV3, SEV4;

	/** SEV1 and SEV2 get a postmortem. */
	public boolean needsPostmortem() {
		return this == SEV1 || this == SEV2;
	}

}
