package io.connectdesk.access.web;

import java.util.EnumSet;
import java.util.Set;

import io.connectdesk.access.Invitations;
import io.connectdesk.common.Role;

/** The admin's invitation form as the browser sends it. */
public class InvitationForm {

	private String email;

	private String name;

	private Long customerId;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	Invitations.Invite toCommand() {
		return new Invitations.Invite(this.email == null ? null : this.email.strip(), this.name == null ? null : this.name.strip(),
				this.customerId, this.roles == null ? Set.of() : Set.copyOf(this.roles));
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

}
