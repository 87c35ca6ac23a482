package io.connectdesk.access.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The sign-up form as the browser sends it; messages come from the access bundle. */
public class SignUpForm {

	@NotBlank(message = "{access.invalid.email}")
	@Email(message = "{access.invalid.email}")
	@Size(max = 320, message = "{access.invalid.email}")
	private String email;

	@NotBlank(message = "{access.invalid.name}")
	@Size(max = 200, message = "{access.invalid.name}")
	private String name;

	@NotBlank(message = "{access.invalid.password}")
	@Size(min = 12, max = 200, message = "{access.invalid.password}")
	private String password;

	@NotBlank(message = "{access.invalid.language}")
	@Pattern(regexp = "en|es", message = "{access.invalid.language}")
	private String language = "en";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name == null ? null : name.strip();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
