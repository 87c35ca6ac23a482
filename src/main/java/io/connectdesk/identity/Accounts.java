package io.connectdesk.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;

/** The identity module's facade: creates accounts and resolves them to callers. */
@Service
public class Accounts {

	private final UserAccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	/**
	 * E-mail addresses by account id, as read: an account's address is set when it is created and never
	 * changes, so every filing's notice need not read its requester's again (issue 13). At most
	 * {@link #EMAILS_KEPT}; past that the map starts over.
	 */
	private final Map<Long, String> emails = new ConcurrentHashMap<>();

	static final int EMAILS_KEPT = 10_000;

	Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Creates an account with the given password (stored as a BCrypt hash), or returns the existing one. */
	@Transactional
	public Caller ensure(NewAccount account) {
		return this.repository.findByEmailIgnoreCase(account.email())
			.orElseGet(() -> this.repository.save(new UserAccount(account.email().toLowerCase(Locale.ROOT),
					account.displayName(), this.passwordEncoder.encode(account.password()), account.customerId(),
					account.roles(), account.locale(), this.clock.instant())))
			.toCaller();
	}

	/**
	 * The account of a person an identity provider vouched for: created on first sign-in without a
	 * password (so tickets can reference them), roles kept in sync when the provider sends them.
	 * @param roles the provider's roles, or {@code null} to keep the account's (a new account then
	 * gets REQUESTER when it belongs to a customer, nothing otherwise)
	 * @param subject the provider's subject: the first one links the account, later ones must match
	 * @return empty when the account is disabled or linked to another subject
	 */
	@Transactional
	public Optional<Caller> ensureExternal(String subject, String email, String displayName, Long customerId, Set<Role> roles,
			Locale locale) {
		UserAccount account = this.repository.findByEmailIgnoreCase(email).orElseGet(() -> this.repository.save(
				new UserAccount(email.toLowerCase(Locale.ROOT), displayName, null, customerId,
						roleSet(roles != null ? roles : customerId != null ? Set.of(Role.REQUESTER) : Set.of()), locale,
						this.clock.instant())));
		if (!account.isEnabled() || !account.admitsExternal(subject)) {
			return Optional.empty();
		}
		if (roles != null) {
			account.syncRoles(roles);
		}
		return Optional.of(account.toCaller());
	}

	private static EnumSet<Role> roleSet(Set<Role> roles) {
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(roles);
		return set;
	}

	@Transactional(readOnly = true)
	public Optional<Caller> findByEmail(String email) {
		return this.repository.findByEmailIgnoreCase(email).map(UserAccount::toCaller);
	}

	/** The people behind some account ids, for views that name requesters and authors. */
	@Transactional(readOnly = true)
	public Map<Long, Person> people(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findPeople(Set.copyOf(ids)).stream().collect(Collectors.toMap(Person::id, person -> person));
	}

	/** The service's enabled staff accounts with that role (the experts, say), by name. */
	@Transactional(readOnly = true)
	public List<Person> staffWithRole(Role role) {
		return this.repository.findStaffWithRole(role)
			.stream()
			.map(account -> new Person(account.getId(), account.getEmail(), account.getDisplayName()))
			.toList();
	}

	/** The e-mail address of the account with that id: one column, not the account and its roles; read once per id. */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(Long id) {
		String known = this.emails.get(id);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<String> found = this.repository.findEmailById(id);
		found.ifPresent(email -> {
			if (this.emails.size() >= EMAILS_KEPT) {
				this.emails.clear();
			}
			this.emails.put(id, email);
		});
		return found;
	}

	/** The language the person with that e-mail reads, as their account says; empty without an account. */
	@Transactional(readOnly = true)
	public Optional<Locale> localeOf(String email) {
		return this.repository.findByEmailIgnoreCase(email).map(UserAccount::getLocale);
	}

	/**
	 * The languages of the accounts with these e-mail addresses, by lower-case address, in one query (the
	 * notice sender asks once per batch); an address without an account is missing from the map.
	 */
	@Transactional(readOnly = true)
	public Map<String, Locale> localesOf(Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		Set<String> lowered = emails.stream().map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		Map<String, Locale> locales = new HashMap<>();
		for (Object[] row : this.repository.findLocalesByLowerEmail(lowered)) {
			locales.put((String) row[0], Locale.forLanguageTag((String) row[1]));
		}
		return locales;
	}

	/** A request to create an account. */
	public record NewAccount(String email, String displayName, String password, Long customerId, Set<Role> roles,
			Locale locale) {
	}

}
