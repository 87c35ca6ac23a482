package io.connectdesk.incident;

import java.util.EnumSet;
import java.util.Set;

/** Where an incident stands; each status names the ones it may move to. */
public enum IncidentStatus {

	TRIGGERED, ACKNOWLEDGED, INVESTIGATING, MITIGATED, RESOLVED;

	public boolean isOpen() {
		return this != RESOLVED;
	}

	/** The statuses this one may move to: forward only, skipping allowed, never back. */
	public Set<IncidentStatus> next() {
		return switch (this) {
			case TRIGGERED -> EnumSet.of(ACKNOWLEDGED);
			case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, MITIGATED, RESOLVED);
			case INVESTIGATING -> EnumSet.of(MITIGATED, RESOLVED);
			case MITIGATED -> EnumSet.of(INVESTIGATING, RESOLVED);
			case RESOLVED -> EnumSet.noneOf(IncidentStatus.class);
		};
	}

}
