package io.connectdesk.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Role;
import io.connectdesk.common.ConflictException;

/**
 * How people get an account: they sign up themselves, or an admin invites them. Either way the
 * account starts inactive and becomes active only through the link mailed to its address (the
 * links are the access module's business; this facade only creates and activates).
 */
@Service
public class Enrolment {

	private final UserAccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	Enrolment(UserAccountRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * A requester of that customer signs up. A pending account for the address takes the new name,
	 * password and language; an active one is left as it is.
	 */
	@Transactional
	public SignUp signUp(String email, String name, String password, Long customerId, Locale locale) {
		String hash = this.passwordEncoder.encode(password);
		return this.repository.findByEmailIgnoreCase(email).map(existing -> {
			if (existing.isEnabled()) {
				return new SignUp(existing.getId(), SignUp.Outcome.ALREADY_ACTIVE);
			}
			existing.signUpAgain(name, hash, locale);
			return new SignUp(existing.getId(), SignUp.Outcome.PENDING);
		})
			.orElseGet(() -> new SignUp(this.repository.save(UserAccount.pending(normalized(email), name, hash, customerId,
					Set.of(Role.REQUESTER), locale, this.clock.instant())).getId(), SignUp.Outcome.PENDING));
	}

	/**
	 * An inactive account without a password, for an invited person.
	 * @throws ConflictException when the address already has an account
	 */
	@Transactional
	public Long invite(String email, String name, Long customerId, Set<Role> roles, Locale locale) {
		if (this.repository.findByEmailIgnoreCase(email).isPresent()) {
			throw new ConflictException("account-exists", "An account for that e-mail already exists");
		}
		return this.repository.save(UserAccount.pending(normalized(email), name, null, customerId, roles, locale,
				this.clock.instant())).getId();
	}

	/** The person proved the address is theirs: the account becomes active. */
	@Transactional
	public void activate(Long userId) {
		this.repository.findById(userId).ifPresent(UserAccount::activate);
	}

	/** The invited person chose a password: the account becomes active with it. */
	@Transactional
	public void activate(Long userId, String password) {
		String hash = this.passwordEncoder.encode(password);
		this.repository.findById(userId).ifPresent(account -> account.activate(hash));
	}

	/** Where and how to write to the person. */
	@Transactional(readOnly = true)
	public Optional<Contact> contactOf(Long userId) {
		return this.repository.findById(userId)
			.map(account -> new Contact(account.getEmail(), account.getDisplayName(), account.getLocale(), account.isEnabled()));
	}

	private static String normalized(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** What a sign-up did: the account is pending its verification link, or it was already active. */
	public record SignUp(Long userId, Outcome outcome) {

		public enum Outcome {
			PENDING, ALREADY_ACTIVE
		}

	}

	public record Contact(String email, String name, Locale locale, boolean active) {
	}

}
