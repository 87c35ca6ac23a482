package io.connectdesk.incident.web;

/** The incident page's severity form: the new severity and why. */
class SeverityForm implements java.io.Serializable {

	static final String MODEL = "severityForm";

	private String severity = "";

	private String reason = "";

	SeverityForm() {
	}

	SeverityForm(String severity) {
		this.severity = severity;
	}

	public String getSeverity() {
		return this.severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
