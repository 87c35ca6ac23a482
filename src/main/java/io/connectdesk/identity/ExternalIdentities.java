package io.connectdesk.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;

/**
 * Turns the claims of a token the identity provider signed into our caller, provisioning the
 * person's account on first sign-in.
 * <ul>
 * <li>Organization: the configured organization claim names the customer; without it, the customer
 * whose contract holds the e-mail's domain.</li>
 * <li>Roles: the known role names in the roles claim (customer users keep only customer roles,
 * staff only staff roles); when the claim has none, the roles in our user table.</li>
 * <li>Staff: no customer, and either the e-mail domain is a configured staff domain or the roles
 * claim holds a staff role (SRE, EXPERT, ADMIN) or WORKER.</li>
 * <li>Service accounts (client-credentials tokens without an e-mail) are admitted with the WORKER role only.</li>
 * </ul>
 * Anyone else is refused, and nothing is stored for them.
 */
@Service
class ExternalIdentities {

	private final Accounts accounts;

	private final Customers customers;

	private final OidcSettings settings;

	ExternalIdentities(Accounts accounts, Customers customers, OidcSettings settings) {
		this.accounts = accounts;
		this.customers = customers;
		this.settings = settings;
	}

	@Transactional
	Caller signIn(Map<String, Object> claims) {
		Optional<Set<Role>> claimed = rolesIn(claims);
		String email = text(claims.get("email"));
		if (email == null) {
			if (claimed.filter(roles -> roles.contains(Role.WORKER)).isPresent()) {
				String subject = text(claims.get("sub"));
				return new Caller(null, subject, subject, null, Set.of(Role.WORKER));
			}
			throw refused("The token carries no e-mail address.");
		}
		if (Boolean.FALSE.equals(claims.get("email_verified"))) {
			throw refused("The e-mail address is not verified.");
		}
		email = email.strip().toLowerCase(Locale.ROOT);
		Optional<Long> byDomain = this.customers.customerOfEmail(email);
		Optional<Long> customer = organization(claims, byDomain);
		Set<Role> roles;
		if (customer.isPresent()) {
			roles = claimed.map(all -> only(all, true)).filter(some -> !some.isEmpty()).orElse(null);
		}
		else if (isStaff(email, claimed)) {
			roles = claimed.map(all -> only(all, false)).filter(some -> !some.isEmpty()).orElse(null);
		}
		else {
			throw refused("The e-mail domain belongs to no customer's contract.");
		}
		String subject = text(claims.get("sub"));
		if (subject == null) {
			throw refused("The token names no subject.");
		}
		Caller caller = this.accounts
			.ensureExternal(subject, email, name(claims, email), customer.orElse(null), roles, locale(claims))
			.orElseThrow(() -> refused("The account is disabled or belongs to another identity."));
		if (!java.util.Objects.equals(caller.customerId(), customer.orElse(null))) {
			throw refused("The account belongs to another organization.");
		}
		if (caller.roles().isEmpty()) {
			throw refused("The account has no role here.");
		}
		return caller;
	}

	private Optional<Long> organization(Map<String, Object> claims, Optional<Long> byDomain) {
		String claim = this.settings.organizationClaim();
		String named = StringUtils.hasText(claim) ? text(claimAt(claims, claim)) : null;
		if (named == null) {
			return byDomain;
		}
		Long customer = this.customers.customerNamed(named)
			.orElseThrow(() -> refused("The organization " + named + " is no customer."));
		if (byDomain.filter(other -> !other.equals(customer)).isPresent()) {
			throw refused("The e-mail domain belongs to another customer.");
		}
		return Optional.of(customer);
	}

	private boolean isStaff(String email, Optional<Set<Role>> claimed) {
		String domain = email.substring(email.lastIndexOf('@') + 1);
		return this.settings.isStaffDomain(domain)
				|| claimed.filter(roles -> roles.stream().anyMatch(role -> role.isStaff() || role == Role.WORKER)).isPresent();
	}

	/** The known role names in the roles claim; empty when the claim is absent or names none of ours. */
	Optional<Set<Role>> rolesIn(Map<String, Object> claims) {
		Object value = claimAt(claims, this.settings.rolesClaim());
		Collection<?> names = value instanceof Collection<?> list ? list
				: value instanceof String text ? Set.of(text.split("[\\s,]+")) : Set.of();
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		for (Object name : names) {
			for (Role role : Role.values()) {
				if (role.name().equalsIgnoreCase(String.valueOf(name).strip())) {
					roles.add(role);
				}
			}
		}
		return roles.isEmpty() ? Optional.empty() : Optional.of(roles);
	}

	private static Set<Role> only(Set<Role> roles, boolean customerRoles) {
		EnumSet<Role> kept = EnumSet.noneOf(Role.class);
		roles.stream().filter(role -> role.isCustomerRole() == customerRoles).forEach(kept::add);
		return kept;
	}

	/** A claim by dot path: {@code realm_access.roles} is {@code roles} inside {@code realm_access}. */
	static Object claimAt(Map<String, Object> claims, String path) {
		if (claims.containsKey(path)) {
			return claims.get(path);
		}
		Object current = claims;
		for (String key : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	private static String name(Map<String, Object> claims, String email) {
		for (String claim : new String[] { "name", "preferred_username" }) {
			String name = text(claims.get(claim));
			if (name != null) {
				return name.length() > 200 ? name.substring(0, 200) : name;
			}
		}
		return email;
	}

	private static Locale locale(Map<String, Object> claims) {
		String tag = text(claims.get("locale"));
		return tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag.replace('_', '-'));
	}

	private static String text(Object value) {
		return value instanceof String text && StringUtils.hasText(text) ? text : null;
	}

	/** Refused by us, not by the provider: the login page and the API answer it like a bad sign-in. */
	static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
	}

}
