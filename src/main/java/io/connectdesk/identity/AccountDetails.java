package io.connectdesk.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account as Spring Security holds it in the session. */
final class AccountDetails implements UserDetails, CredentialsContainer {

	private final Caller caller;

	private final boolean enabled;

	private String passwordHash;

	AccountDetails(UserAccount account) {
		this.caller = account.toCaller();
		this.enabled = account.isEnabled();
		this.passwordHash = account.getPasswordHash();
	}

	Caller caller() {
		return this.caller;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(this.caller);
	}

	static List<SimpleGrantedAuthority> authoritiesOf(Caller caller) {
		return caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.caller.email();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
