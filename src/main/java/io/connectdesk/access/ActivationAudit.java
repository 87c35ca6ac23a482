package io.connectdesk.access;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.identity.Memberships;

/** Tells the audit log that a person activated their account by a mailed link (they are the actor). */
@Component
class ActivationAudit {

	private final Memberships memberships;

	private final ApplicationEventPublisher events;

	ActivationAudit(Memberships memberships, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.events = events;
	}

	void activated(Long userId, LinkPurpose purpose) {
		String action = purpose == LinkPurpose.INVITE ? "INVITATION_ACCEPTED" : "SIGN_UP_ACTIVATED";
		this.memberships.member(userId)
			.ifPresent(member -> this.events.publishEvent(new AuditedAct(member.id(), member.email(), action,
					member.customerId(), "user", String.valueOf(member.id()), Map.of("email", member.email()))));
	}

}
