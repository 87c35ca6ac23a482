package io.connectdesk.quota;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.UrgentQuota;
import io.connectdesk.filing.UrgentRefusal;
import io.connectdesk.filing.UrgentSlots;
import io.connectdesk.quota.QuotaRows.PeriodRow;
import io.connectdesk.ticket.LineArgument;
import io.connectdesk.ticket.LineDetail;

/**
 * The quota module's facade: takes and gives back urgent slots, and tells what a customer used.
 * Slots are counted per customer and period (see {@link QuotaWindow}); the contract's current slot
 * count applies to the current period.
 */
@Service
public class UrgentQuotas implements UrgentSlots {

	/** Previous periods the history shows besides the current one. */
	static final int HISTORY_PERIODS = 12;

	private final Customers customers;

	private final QuotaRows ledger;

	private final Clock clock;

	UrgentQuotas(Customers customers, QuotaRows ledger, Clock clock) {
		this.customers = customers;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<UrgentRefusal> take(Long customerId, String ticketId, Caller requester, Instant at) {
		UrgentQuota quota = quotaOf(customerId);
		QuotaWindow window = QuotaWindow.containing(at, quota.period(), quota.zone());
		long period = this.ledger.periodId(customerId, window, quota.slots());
		if (this.ledger.tryTake(period, quota.slots())) {
			this.ledger.recordSlot(period, ticketId, at, requester.name());
			return Optional.empty();
		}
		this.ledger.recordRefusal(period, ticketId, at, requester.name());
		return Optional.of(new UrgentRefusal(UrgentRefusal.QUOTA_SPENT,
				"The " + quota.slots() + " urgent slots of this period are used: the ticket is handled as normal. "
						+ "Unused slots do not carry over; the next period starts "
						+ window.end().atZone(quota.zone()).toOffsetDateTime() + " (" + quota.zone().getId() + ").",
				window.end(), LineDetail.of(QuotaSentence.URGENT_QUOTA_SPENT, LineArgument.count(quota.slots()),
						LineArgument.at(window.end()))));
	}

	/**
	 * Gives the ticket's urgent slot back to the period it was taken in; a ticket that took none, or
	 * gave it back already, changes nothing.
	 * @return whether this call gave a slot back
	 */
	@Transactional
	public boolean giveBack(String ticketId, String returnedBy, SlotReturn reason) {
		return this.ledger.giveBack(ticketId, this.clock.instant(), returnedBy, reason);
	}

	/** The caller's own customer's quota now. */
	@Transactional(readOnly = true)
	public QuotaStatus statusFor(Caller caller) {
		return status(customerOf(caller));
	}

	/**
	 * A customer's quota now.
	 * @throws io.connectdesk.customer.CustomerNotFoundException when there is no such customer
	 */
	@Transactional(readOnly = true)
	public QuotaStatus status(Long customerId) {
		UrgentQuota quota = quotaOf(customerId);
		QuotaWindow window = QuotaWindow.containing(this.clock.instant(), quota.period(), quota.zone());
		int used = this.ledger.period(customerId, window.start()).map(PeriodRow::used).orElse(0);
		return new QuotaStatus(customerId, quota.slots(), used, Math.max(0, quota.slots() - used),
				quota.period().toString(), quota.zone().getId(), window.start(), window.end());
	}

	/** The caller's own customer's periods, the current one first, with what happened in each. */
	@Transactional(readOnly = true)
	public List<PeriodHistory> historyFor(Caller caller) {
		return history(customerOf(caller));
	}

	/**
	 * A customer's periods, the current one first (even when nothing happened in it yet).
	 * @throws io.connectdesk.customer.CustomerNotFoundException when there is no such customer
	 */
	@Transactional(readOnly = true)
	public List<PeriodHistory> history(Long customerId) {
		QuotaStatus now = status(customerId);
		List<PeriodHistory> past = this.ledger.periods(customerId, HISTORY_PERIODS + 1)
			.stream()
			.filter(row -> !row.window().start().equals(now.periodStart()))
			.limit(HISTORY_PERIODS)
			.map(row -> new PeriodHistory(row.window().start(), row.window().end(), row.slots(), row.used(), false,
					this.ledger.events(row.id())))
			.toList();
		List<QuotaEvent> currentEvents = this.ledger.period(customerId, now.periodStart())
			.map(row -> this.ledger.events(row.id()))
			.orElse(List.of());
		PeriodHistory current = new PeriodHistory(now.periodStart(), now.periodEnd(), now.slots(), now.used(), true,
				currentEvents);
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(current), past.stream()).toList();
	}

	private UrgentQuota quotaOf(Long customerId) {
		return this.customers.urgentQuotaOf(customerId);
	}

	private static Long customerOf(Caller caller) {
		if (caller.customerId() == null) {
			throw new ForbiddenException("not-a-customer-user",
					"Only users of a customer organization have an urgent quota; staff see it per customer");
		}
		return caller.customerId();
	}

}
