package io.connectdesk.quota;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.TicketChanged;
import io.connectdesk.ticket.TimelineKind;

/**
 * Gives the urgent slot back when its ticket is downgraded or rejected at review. It listens inside
 * the transaction of the change: the slot is back exactly when the change committed.
 */
@Component
class SlotReturns {

	private static final Map<TimelineKind, SlotReturn> RETURNS = Map.of(TimelineKind.DOWNGRADED, SlotReturn.DOWNGRADED,
			TimelineKind.REJECTED, SlotReturn.REJECTED);

	private final UrgentQuotas quotas;

	private final Accounts accounts;

	SlotReturns(UrgentQuotas quotas, Accounts accounts) {
		this.quotas = quotas;
		this.accounts = accounts;
	}

	@EventListener
	void on(TicketChanged change) {
		SlotReturn reason = RETURNS.get(change.kind());
		if (reason != null) {
			this.quotas.giveBack(change.ticketId(), nameOf(change.actorId()), reason);
		}
	}

	private String nameOf(Long actorId) {
		if (actorId == null) {
			return "system";
		}
		var person = this.accounts.people(List.of(actorId)).get(actorId);
		return person == null ? "#" + actorId : person.name();
	}

}
