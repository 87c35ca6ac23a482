package io.connectdesk.customer.web;

import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.customer.NewEnvironment;

/** A new environment as the browser sends it. */
class EnvironmentForm {

	private String key;

	private String displayName;

	private EnvironmentKind kind = EnvironmentKind.ADDITIONAL;

	NewEnvironment toCommand() {
		return new NewEnvironment(this.key == null ? null : this.key.strip(), this.displayName, this.kind);
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public EnvironmentKind getKind() {
		return this.kind;
	}

	public void setKind(EnvironmentKind kind) {
		this.kind = kind;
	}

}
