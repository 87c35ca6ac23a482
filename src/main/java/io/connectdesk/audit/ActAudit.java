package io.connectdesk.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.common.AuditedAct;

/**
 * Records every admin and security act other modules publish (grants, invitations, on-call edits,
 * Git and API tokens, lock-outs, engine deployments), in the act's transaction.
 */
@Component
class ActAudit {

	private final AuditLog log;

	ActAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditedAct act) {
		this.log.record(act);
	}

}
