package io.connectdesk.ticket;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A requirement ticket. Its status changes only through the transition methods, which refuse a move
 * the current status does not allow; the process engine's state changes in the same transaction.
 */
@Entity
@Table(name = "ticket")
class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
	@SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", initialValue = 1001, allocationSize = 50)
	private Long id;

	@Version
	private long version;

	private Long customerId;

	private Long requesterId;

	@Enumerated(EnumType.STRING)
	private TicketType type;

	private String title;

	private String description;

	private boolean urgent;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	private String processInstanceId;

	private Instant createdAt;

	private Instant updatedAt;

	/*
	 * The reopen window, the due times and the cost load as null while their columns are empty:
	 * read them through their getters, which hand out an empty value instead.
	 */
	@Embedded
	private ReopenWindow reopenWindow = ReopenWindow.none();

	/** Set by the sla module: see {@link #showDueTimes}. */
	@Embedded
	private ServiceLevelTimes dueTimes = ServiceLevelTimes.none();

	@Embedded
	private MruChange cost = MruChange.none();

	/** What the queue views filter on: see {@link QueueMarks}. */
	@Embedded
	private QueueMarks queue = new QueueMarks();

	@Embedded
	private TicketScope scope = new TicketScope();

	@Embedded
	private CarbonCopies cc = new CarbonCopies();

	protected Ticket() {
	}

	Ticket(FileTicket request, Long customerId, Long requesterId, Instant now) {
		this.customerId = customerId;
		this.requesterId = requesterId;
		this.type = request.type();
		this.title = request.title().strip();
		this.description = request.description().strip();
		this.urgent = request.urgent();
		this.scope = new TicketScope(request.componentsOrEmpty(), request.environmentsOrEmpty());
		this.cc = new CarbonCopies(request.ccOrEmpty());
		this.status = TicketStatus.IN_REVIEW;
		this.createdAt = now;
		this.updatedAt = now;
		followQueue();
	}

	/** Filing found the urgent quota spent: the ticket is handled as normal. */
	void fileAsNormal() {
		this.urgent = false;
	}

	/** An SRE handles it as normal after all; only an open urgent ticket can be downgraded. */
	void downgrade(Instant now) {
		if (!this.urgent) {
			throw new IllegalTicketMoveException("ticket-not-urgent", "Ticket " + key() + " is not urgent");
		}
		if (this.status.isEndState()) {
			throw new IllegalTicketMoveException(key(), this.status, "downgraded");
		}
		this.urgent = false;
		this.updatedAt = now;
	}

	void accept(Instant now) {
		move(TicketStatus.IN_REVIEW, TicketStatus.IN_PROGRESS, "accepted", now);
	}

	void reject(Instant now) {
		move(TicketStatus.IN_REVIEW, TicketStatus.REJECTED, "rejected", now);
	}

	void askRequester(Instant now) {
		move(TicketStatus.IN_REVIEW, TicketStatus.WAITING_FOR_CUSTOMER, "asked a question", now);
	}

	void answered(Instant now) {
		move(TicketStatus.WAITING_FOR_CUSTOMER, TicketStatus.IN_REVIEW, "answered", now);
	}

	/** Done; the requester may reopen it until the window that starts now ends. */
	void resolve(Instant now, Duration reopenWindow) {
		move(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, "resolved", now);
		this.reopenWindow = ReopenWindow.from(now, reopenWindow);
	}

	/** Back to fulfilment; only until the reopen deadline set at resolution. */
	void reopen(Instant now) {
		if (this.status == TicketStatus.RESOLVED && getReopenWindow().endedAt(now)) {
			throw new IllegalTicketMoveException("reopen-window-closed",
					"Ticket " + key() + " can no longer be reopened: the reopen window has ended");
		}
		move(TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS, "reopened", now);
		this.reopenWindow = ReopenWindow.none();
	}

	/** The ticket's cost as an SRE or the catalog worked it out; it may change until approval is asked. */
	void cost(BigDecimal mruDelta, BigDecimal monthlyMruAfter, Instant now) {
		if (this.status != TicketStatus.IN_REVIEW && this.status != TicketStatus.WAITING_FOR_CUSTOMER) {
			throw new IllegalTicketMoveException(key(), this.status, "costed");
		}
		this.cost = new MruChange(mruDelta, monthlyMruAfter);
		this.updatedAt = now;
	}

	void awaitApproval(Instant now) {
		move(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_APPROVAL, "sent for cost approval", now);
	}

	void costApproved(Instant now) {
		move(TicketStatus.WAITING_FOR_APPROVAL, TicketStatus.IN_PROGRESS, "cost approved", now);
	}

	void costRejected(Instant now) {
		move(TicketStatus.WAITING_FOR_APPROVAL, TicketStatus.COST_REJECTED, "cost rejected", now);
	}

	void approvalExpired(Instant now) {
		move(TicketStatus.WAITING_FOR_APPROVAL, TicketStatus.APPROVAL_EXPIRED, "approval expired", now);
	}

	void close(Instant now) {
		move(TicketStatus.RESOLVED, TicketStatus.CLOSED, "closed", now);
	}

	/** The catalog components asked for, each in one environment: see {@link TicketScope#request}. */
	void request(List<TicketItem> requested) {
		this.scope.request(requested);
	}

	/** A CC party added after filing; {@code false} when it was already copied. */
	boolean addCc(String email, Instant now) {
		requireOpen();
		return touchedIf(this.cc.add(email), now);
	}

	/** A CC party removed; {@code false} when it was not copied. */
	boolean removeCc(String email, Instant now) {
		requireOpen();
		return touchedIf(this.cc.remove(email), now);
	}

	private boolean touchedIf(boolean changed, Instant now) {
		if (changed) {
			this.updatedAt = now;
		}
		return changed;
	}

	/** Whether the conversation still takes replies. */
	void requireOpen() {
		if (this.status.isEndState()) {
			throw new IllegalTicketMoveException("ticket-closed",
					"Ticket " + key() + " is " + this.status + ": it takes no more replies");
		}
	}

	private void move(TicketStatus from, TicketStatus to, String move, Instant now) {
		if (this.status != from) {
			throw new IllegalTicketMoveException(key(), this.status, move);
		}
		this.status = to;
		this.updatedAt = now;
		followQueue();
	}

	/** Someone of the service claimed the ticket's task ({@code null}: it went back to the queue). */
	void assignTo(Long userId) {
		this.queue.assign(this.queue.isInQueue() ? userId : null);
	}

	/** The escalation ladder handed the ticket to the experts. */
	void escalated(Instant now) {
		this.queue.escalate(now);
		followQueue();
	}

	/** A service-level warning fired: on the first response's target, or on the resolution's. */
	void serviceLevelWarned(boolean firstResponse) {
		this.queue.warned(firstResponse);
		followQueue();
	}

	private void followQueue() {
		this.queue.follow(this.status, getDueTimes());
	}

	/** The service-level due times as the sla module computed them; {@code null}s when a target does not apply. */
	void showDueTimes(ServiceLevelTimes dueTimes) {
		this.dueTimes = dueTimes;
		followQueue();
	}

	void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	String key() {
		return TicketKeys.format(this.id);
	}

	Long getId() {
		return this.id;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	Long getRequesterId() {
		return this.requesterId;
	}

	TicketType getType() {
		return this.type;
	}

	String getTitle() {
		return this.title;
	}

	String getDescription() {
		return this.description;
	}

	boolean isUrgent() {
		return this.urgent;
	}

	TicketStatus getStatus() {
		return this.status;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	ReopenWindow getReopenWindow() {
		return this.reopenWindow == null ? ReopenWindow.none() : this.reopenWindow;
	}

	/** When the reopen window ends; {@code null} unless resolved. */
	Instant getReopenableUntil() {
		return this.status == TicketStatus.RESOLVED ? getReopenWindow().getReopenableUntil() : null;
	}

	ServiceLevelTimes getDueTimes() {
		return this.dueTimes == null ? ServiceLevelTimes.none() : this.dueTimes;
	}

	MruChange getCost() {
		return this.cost == null ? MruChange.none() : this.cost;
	}

	QueueMarks getQueue() {
		return this.queue;
	}

	TicketScope getScope() {
		return this.scope;
	}

	/** The CC parties in alphabetical order. */
	List<String> getCc() {
		return this.cc.sorted();
	}

}
