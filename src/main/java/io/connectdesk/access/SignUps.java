package io.connectdesk.access;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Enrolment;

/**
 * Requesters sign up with the corporate e-mail of their customer's contract; the account becomes
 * active when they follow the link mailed to that address. The answer never tells whether the
 * address already had an account; only a domain outside every contract is refused outright.
 */
@Service
public class SignUps {

	/** The refusal of an address outside every contract's domains, on the field {@code email}. */
	public static final String FOREIGN_DOMAIN = "email.foreign-domain";

	private final Customers customers;

	private final Enrolment enrolment;

	private final AccountLinks links;

	private final ApplicationEventPublisher events;

	private final ActivationAudit activations;

	SignUps(Customers customers, Enrolment enrolment, AccountLinks links, ApplicationEventPublisher events,
			ActivationAudit activations) {
		this.customers = customers;
		this.enrolment = enrolment;
		this.links = links;
		this.events = events;
		this.activations = activations;
	}

	/**
	 * Creates (or refreshes) the pending account and mails its verification link; does nothing
	 * visible for an address whose account is already active.
	 * @throws InvalidInputException on {@code email} when its domain belongs to no contract
	 */
	@Transactional
	public void signUp(SignUp command) {
		Long customerId = this.customers.customerOfEmail(command.email())
			.orElseThrow(() -> InvalidInputException.of("email", FOREIGN_DOMAIN));
		Enrolment.SignUp outcome = this.enrolment.signUp(command.email(), command.name(), command.password(), customerId,
				command.locale());
		if (outcome.outcome() == Enrolment.SignUp.Outcome.PENDING) {
			String token = this.links.issue(outcome.userId(), LinkPurpose.VERIFY);
			this.events.publishEvent(new LinkMail(command.email(), command.name(), command.locale(), LinkPurpose.VERIFY,
					this.links.url(token, LinkPurpose.VERIFY)));
		}
	}

	/** The address a verification link would activate, while it works; changes nothing. */
	@Transactional(readOnly = true)
	public Optional<String> pendingAddress(String token) {
		return this.links.holder(token, LinkPurpose.VERIFY)
			.flatMap(this.enrolment::contactOf)
			.map(Enrolment.Contact::email);
	}

	/** Activates the account of a working link; false if the link was used, expired or never issued. */
	@Transactional
	public boolean verify(String token) {
		Optional<Long> userId = this.links.use(token, LinkPurpose.VERIFY);
		userId.ifPresent(id -> {
			this.enrolment.activate(id);
			this.activations.activated(id, LinkPurpose.VERIFY);
		});
		return userId.isPresent();
	}

	public record SignUp(String email, String name, String password, Locale locale) {
	}

}
