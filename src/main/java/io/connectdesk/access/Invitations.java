package io.connectdesk.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.customer.Customers;
import io.connectdesk.common.Caller;
import io.connectdesk.identity.Enrolment;
import io.connectdesk.common.Role;

/**
 * Admins invite people: staff, or users of a customer (whose address must be in that customer's
 * contract domains). The invited person follows the mailed link and chooses a password.
 */
@Service
public class Invitations {

	private static final Set<Role> CUSTOMER_ROLES = EnumSet.of(Role.REQUESTER, Role.APPROVER);

	private final Customers customers;

	private final Enrolment enrolment;

	private final AccountLinks links;

	private final ApplicationEventPublisher events;

	private final ActivationAudit activations;

	Invitations(Customers customers, Enrolment enrolment, AccountLinks links, ApplicationEventPublisher events,
			ActivationAudit activations) {
		this.customers = customers;
		this.enrolment = enrolment;
		this.links = links;
		this.events = events;
		this.activations = activations;
	}

	/**
	 * Creates the inactive account and mails the invitation, in that language.
	 * @throws ForbiddenException unless the caller is an admin
	 * @throws InvalidInputException when the address or roles do not fit the customer (or staff)
	 */
	@Transactional
	public Invited invite(Caller caller, Invite invite, Locale locale) {
		if (!caller.has(Role.ADMIN)) {
			throw new ForbiddenException("admin-only", "Only admins invite people");
		}
		check(invite);
		String email = invite.email().strip().toLowerCase(Locale.ROOT);
		Long userId = this.enrolment.invite(email, invite.name().strip(), invite.customerId(), invite.roles(), locale);
		String token = this.links.issue(userId, LinkPurpose.INVITE);
		this.events.publishEvent(new LinkMail(email, invite.name().strip(), locale, LinkPurpose.INVITE,
				this.links.url(token, LinkPurpose.INVITE)));
		this.events.publishEvent(AuditedAct.by(caller, "INVITATION_SENT", invite.customerId(), "user", userId,
				Map.of("email", email, "roles", invite.roles().stream().map(Role::name).sorted().toList())));
		return new Invited(userId, email);
	}

	/** The address an invitation link is for, while it works; changes nothing. */
	@Transactional(readOnly = true)
	public Optional<String> invitedAddress(String token) {
		return this.links.holder(token, LinkPurpose.INVITE).flatMap(this.enrolment::contactOf).map(Enrolment.Contact::email);
	}

	/** The invited person's password; the account becomes active. False if the link no longer works. */
	@Transactional
	public boolean accept(String token, String password) {
		Optional<Long> userId = this.links.use(token, LinkPurpose.INVITE);
		userId.ifPresent(id -> {
			this.enrolment.activate(id, password);
			this.activations.activated(id, LinkPurpose.INVITE);
		});
		return userId.isPresent();
	}

	private void check(Invite invite) {
		if (invite.customerId() == null) {
			if (!invite.roles().stream().allMatch(Role::isStaff)) {
				throw InvalidInputException.of("roles", "Staff get staff roles only: SRE, EXPERT, ADMIN");
			}
			return;
		}
		if (!this.customers.acceptsEmail(invite.customerId(), invite.email())) {
			throw InvalidInputException.of("email", "The address is not in that customer's contract domains");
		}
		if (!CUSTOMER_ROLES.containsAll(invite.roles())) {
			throw InvalidInputException.of("roles", "Customer users get customer roles only: REQUESTER, APPROVER");
		}
	}

	/** @param customerId the customer the person works for; {@code null} for service staff */
	public record Invite(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
			Long customerId, @NotEmpty Set<Role> roles) {
	}

	public record Invited(Long userId, String email) {
	}

}
