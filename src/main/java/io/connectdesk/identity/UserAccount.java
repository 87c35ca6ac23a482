package io.connectdesk.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	private Long customerId;

	private String locale;

	/** A staff member's own time zone for the pages; {@code null} is UTC. Customer users read their contract's. */
	private String timeZone;

	private boolean enabled;

	private Instant createdAt;

	private boolean customerAdmin;

	private String externalSubject;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	UserAccount(String email, String displayName, String passwordHash, Long customerId, Set<Role> roles, Locale locale,
			Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.customerId = customerId;
		this.roles = EnumSet.copyOf(roles);
		this.locale = locale.toLanguageTag();
		this.enabled = true;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	ZoneId getTimeZone() {
		return this.timeZone == null ? ZoneId.of("UTC") : ZoneId.of(this.timeZone);
	}

	void changeTimeZone(ZoneId zone) {
		this.timeZone = zone.getId();
	}

	Locale getLocale() {
		return Locale.forLanguageTag(this.locale);
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isCustomerAdmin() {
		return this.customerAdmin;
	}

	/** An account waiting for its owner to prove the address (sign-up) or to choose a password (invitation). */
	static UserAccount pending(String email, String displayName, String passwordHash, Long customerId, Set<Role> roles,
			Locale locale, Instant createdAt) {
		UserAccount account = new UserAccount(email, displayName, passwordHash, customerId, roles, locale, createdAt);
		account.enabled = false;
		return account;
	}

	/** A new sign-up for an address still pending: the latest name, password and language win. */
	void signUpAgain(String displayName, String passwordHash, Locale locale) {
		if (this.enabled) {
			throw new IllegalStateException("Account " + this.id + " is already active");
		}
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.locale = locale.toLanguageTag();
	}

	void activate() {
		this.enabled = true;
	}

	void activate(String passwordHash) {
		this.passwordHash = passwordHash;
		this.enabled = true;
	}

	void grant(Role role) {
		this.roles.add(role);
	}

	void revoke(Role role) {
		this.roles.remove(role);
	}

	void makeCustomerAdmin() {
		this.customerAdmin = true;
	}

	/** Links the account to the provider's subject on first sign-in; afterwards admits only that subject. */
	boolean admitsExternal(String subject) {
		if (this.externalSubject == null) {
			this.externalSubject = subject;
		}
		return this.externalSubject.equals(subject);
	}

	/** The identity provider is the source of truth for the roles of externally signed-in people. */
	void syncRoles(Set<Role> roles) {
		if (!this.roles.equals(roles)) {
			this.roles.clear();
			this.roles.addAll(roles);
		}
	}

	Caller toCaller() {
		return new Caller(this.id, this.email, this.displayName, this.customerId, this.roles);
	}

}
