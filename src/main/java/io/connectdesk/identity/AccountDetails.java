package io.connectdesk.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import io.connectdesk.common.Caller;

/** A signed-in account as Spring Security holds it in the session. */
final class AccountDetails implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	/** The authority of a person who may mark their customer's approvers. */
	static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";

	private final Caller caller;

	private final boolean enabled;

	private final boolean locked;

	private final boolean hadFailedAttempts;

	private final boolean customerAdmin;

	private String passwordHash;

	/** The account as it stands for a sign-in from one address: locked while failures from there lock it. */
	AccountDetails(UserAccount account, SignInFailures.Standing standing) {
		this.caller = account.toCaller();
		this.enabled = account.isEnabled();
		this.locked = standing.lockedUntil() != null;
		this.hadFailedAttempts = standing.hadFailures();
		this.customerAdmin = account.isCustomerAdmin();
		this.passwordHash = account.getPasswordHash();
	}

	Caller caller() {
		return this.caller;
	}

	/** Whether a successful sign-in has failed attempts (from its address) to forget. */
	boolean hadFailedAttempts() {
		return this.hadFailedAttempts;
	}

	/** The roles, and {@link #CUSTOMER_ADMIN} for a customer admin (pages show them their people). */
	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>(authoritiesOf(this.caller));
		if (this.customerAdmin) {
			authorities.add(new SimpleGrantedAuthority(CUSTOMER_ADMIN));
		}
		return authorities;
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
	public boolean isAccountNonLocked() {
		return !this.locked;
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
