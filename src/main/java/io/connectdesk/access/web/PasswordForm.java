package io.connectdesk.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password an invited person chooses. */
public class PasswordForm {

	@NotBlank
	@Size(min = 12, max = 200)
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
