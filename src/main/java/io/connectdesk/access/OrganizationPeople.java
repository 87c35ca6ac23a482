package io.connectdesk.access;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.common.Caller;
import io.connectdesk.identity.Memberships;
import io.connectdesk.identity.Memberships.Member;
import io.connectdesk.common.Role;

/**
 * A customer admin sees the people of their own customer and marks who approves costs; an admin
 * does the same for any customer. People of another customer do not exist for a customer admin.
 * A changed role applies from the person's next sign-in.
 */
@Service
public class OrganizationPeople {

	private final Memberships memberships;

	private final ApplicationEventPublisher events;

	OrganizationPeople(Memberships memberships, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.events = events;
	}

	/**
	 * @param customerId the customer an admin asks about; a customer admin always gets their own
	 * @throws ForbiddenException unless the caller is a customer admin or an admin
	 */
	@Transactional(readOnly = true)
	public List<Member> people(Caller caller, Long customerId) {
		return this.memberships.membersOf(required(customerOf(caller, customerId)));
	}

	@Transactional
	public Member setApprover(Caller caller, Long userId, boolean approver) {
		Long customerId = customerOf(caller, null);
		Member member = this.memberships.member(userId)
			.filter(found -> found.customerId() != null)
			.filter(found -> customerId == null || customerId.equals(found.customerId()))
			.orElseThrow(() -> new NotFoundException("person-not-found", "No person " + userId + " in your organization"));
		Member changed = this.memberships.setApprover(member.id(), approver);
		this.events.publishEvent(AuditedAct.by(caller, approver ? "APPROVER_GRANTED" : "APPROVER_REVOKED",
				changed.customerId(), "user", changed.id(), Map.of("email", changed.email(), "wasApprover", member.approver())));
		return changed;
	}

	/** The customer whose people the caller manages; {@code null} for an admin who named none (any customer). */
	private Long customerOf(Caller caller, Long asked) {
		if (caller.has(Role.ADMIN)) {
			return asked;
		}
		if (caller.customerId() != null && this.memberships.isCustomerAdmin(caller.userId())) {
			return caller.customerId();
		}
		throw new ForbiddenException("customer-admin-only", "Only your organization's customer admins manage its people");
	}

	/** For listings: an admin must name the customer. */
	private static Long required(Long customerId) {
		if (customerId == null) {
			throw InvalidInputException.of("customerId", "Name the customer whose people to list");
		}
		return customerId;
	}

}
