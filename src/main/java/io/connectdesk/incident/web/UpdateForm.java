package io.connectdesk.incident.web;

/** The incident page's update form: a move (empty: none) and the public text. */
class UpdateForm implements java.io.Serializable {

	static final String MODEL = "updateForm";

	private String status = "";

	private String text = "";

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
