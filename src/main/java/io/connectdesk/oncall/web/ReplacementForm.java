package io.connectdesk.oncall.web;

import io.connectdesk.oncall.Replacement;

/** The admin page's holiday form: who, by whom, which days. */
class ReplacementForm {

	private String engineer = "";

	private String replacement = "";

	private String from = "";

	private String to = "";

	Replacement toCommand() {
		return new Replacement(this.engineer.strip(), this.replacement.strip(), RotationForm.date(this.from),
				RotationForm.date(this.to));
	}

	public String getEngineer() {
		return this.engineer;
	}

	public void setEngineer(String engineer) {
		this.engineer = engineer == null ? "" : engineer;
	}

	public String getReplacement() {
		return this.replacement;
	}

	public void setReplacement(String replacement) {
		this.replacement = replacement == null ? "" : replacement;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
