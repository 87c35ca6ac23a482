package io.connectdesk.incident;

/**
 * The kinds of line on an incident's timeline, all in one place (the ticket timeline's kinds are
 * being opened up to modules; these can move there as they are). {@link #isPublic()} kinds are what
 * the customer reads.
 */
public enum IncidentEventKind {

	OPENED(true), ALERT_FIRED(false), ALERT_RESOLVED(false), SEVERITY_CHANGED(false), PAGED(false),
	ACKNOWLEDGED(true), STATUS_CHANGED(true), PUBLIC_UPDATE(true), SERVICE_LEVEL_BREACHED(false);

	private final boolean visibleToCustomer;

	IncidentEventKind(boolean visibleToCustomer) {
		this.visibleToCustomer = visibleToCustomer;
	}

	public boolean isPublic() {
		return this.visibleToCustomer;
	}

}
