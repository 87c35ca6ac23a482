package io.connectdesk.sla;

/** The two promises of a service level: a first response, then the resolution. */
public enum ServiceLevelTarget {

	FIRST_RESPONSE, RESOLUTION

}
