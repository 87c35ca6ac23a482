package io.connectdesk.ticket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.billing.CostChange;
import io.connectdesk.billing.CostPreview;
import io.connectdesk.billing.CostPreviewView;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.UnprocessableException;
import io.connectdesk.customer.Customers;
import io.connectdesk.common.Caller;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.Workflow;

/**
 * Files tickets. The ticket, its first timeline line and its process instance are created in one
 * transaction, with its catalog items and, when those items add or remove components, its cost (the MRU
 * delta and new monthly total the cost preview gives); a change's items (new parameters of components the
 * customer has) and types without items record no cost. With an idempotency key, a retried request returns the ticket filed the first time.
 */
@Service
public class TicketFiling {

	private final TicketRepository tickets;

	private final IdempotencyRecordRepository idempotency;

	private final Timeline timeline;

	private final Workflow workflow;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	private final Customers customers;

	private final Clock clock;

	private final UrgentSlots urgentSlots;

	private final ItemRules rules;

	private final CostPreview costPreview;

	private final TicketCosts costs;

	TicketFiling(TicketRepository tickets, IdempotencyRecordRepository idempotency, Timeline timeline,
			Workflow workflow, TransactionTemplate transaction, ObjectMapper json, Customers customers, Clock clock,
			UrgentSlots urgentSlots, ItemRules rules, CostPreview costPreview, TicketCosts costs) {
		this.rules = rules;
		this.costPreview = costPreview;
		this.costs = costs;
		this.tickets = tickets;
		this.idempotency = idempotency;
		this.timeline = timeline;
		this.workflow = workflow;
		this.transaction = transaction;
		this.json = json;
		this.customers = customers;
		this.clock = clock;
		this.urgentSlots = urgentSlots;
	}

	/**
	 * @param idempotencyKey the client's key for this request, or {@code null}
	 * @return the ticket's id, and whether it was filed by an earlier request with the same key
	 */
	public Filed file(FileTicket request, Caller caller, String idempotencyKey) {
		if (caller.customerId() == null) {
			throw new ForbiddenException("not-a-customer-user", "Only users of a customer organization file tickets");
		}
		requireContractAddresses(request.ccOrEmpty(), caller.customerId());
		CheckedRequest checked = this.rules.check(request, caller.customerId());
		if (idempotencyKey == null) {
			return this.transaction.execute(status -> fileNew(request, checked, caller));
		}
		IdempotencyRecord.Key key = new IdempotencyRecord.Key(caller.userId(), idempotencyKey);
		String hash = fingerprint(request);
		try {
			return this.transaction.execute(status -> replay(key, hash, caller).orElseGet(() -> fileRemembering(request, checked, caller, key, hash)));
		}
		catch (DataIntegrityViolationException concurrentRetry) {
			// Another request with the same key committed first: answer with its ticket.
			return this.transaction.execute(status -> replay(key, hash, caller)).orElseThrow(() -> concurrentRetry);
		}
	}

	/** CC parties see the ticket and get its notices: only people of the customer's own domains. */
	private void requireContractAddresses(List<String> cc, Long customerId) {
		List<FieldProblem> foreign = IntStream.range(0, cc.size())
			.filter(index -> !this.customers.acceptsEmail(customerId, cc.get(index)))
			.mapToObj(index -> new FieldProblem("cc[" + index + "]",
					"Not an address of your organization: use one in " + this.customers.domainsOf(customerId)))
			.toList();
		if (!foreign.isEmpty()) {
			throw new InvalidInputException(foreign);
		}
	}

	private Optional<Filed> replay(IdempotencyRecord.Key key, String hash, Caller caller) {
		return this.idempotency.findById(key).map(record -> {
			if (!record.matches(hash)) {
				throw new UnprocessableException("idempotency-key-reused",
						"This Idempotency-Key was already used for a different request");
			}
			return new Filed(summary(this.tickets.getReferenceById(record.getTicketId()), caller), true, null);
		});
	}

	private Filed fileRemembering(FileTicket request, CheckedRequest checked, Caller caller, IdempotencyRecord.Key key,
			String hash) {
		Filed filed = fileNew(request, checked, caller);
		// Flushed now: a concurrent request with the same key fails here on the primary key, and is answered by replay.
		this.idempotency.saveAndFlush(new IdempotencyRecord(key, hash, filed.number(), this.clock.instant()));
		return filed;
	}

	private Filed fileNew(FileTicket request, CheckedRequest checked, Caller caller) {
		Instant now = this.clock.instant();
		Ticket ticket = new Ticket(request, caller.customerId(), caller.userId(), now);
		ticket.request(checked.items().stream().map(this::toRow).toList());
		ticket = this.tickets.save(ticket);
		UrgentRefusal refusal = ticket.isUrgent()
				? this.urgentSlots.take(ticket.getCustomerId(), ticket.key(), caller, now).orElse(null) : null;
		if (refusal != null) {
			ticket.fileAsNormal();
		}
		ticket.attachProcess(this.workflow.start(TicketLifecycle.PROCESS_KEY, ticket.key(),
				ProcessVariables.of(TicketLifecycle.REQUESTER.value(caller.email()), TicketLifecycle.TASK_PRIORITY
					.value(ticket.isUrgent() ? TicketLifecycle.PRIORITY_URGENT : TicketLifecycle.PRIORITY_NORMAL))));
		this.timeline.record(ticket, TimelineKind.FILED, caller, null);
		if (refusal != null) {
			this.timeline.record(ticket, TimelineKind.URGENT_REFUSED, caller, refusal.message());
		}
		// A change's items add or remove nothing: no cost, so no cost approval.
		if (!checked.items().isEmpty() && checked.direction() != CostChange.Direction.NONE) {
			CostPreviewView cost = this.costPreview.preview(caller.customerId(), checked.change());
			this.costs.record(ticket.key(), cost.mruDelta(), cost.newMonthlyMru());
		}
		return new Filed(summary(ticket, caller), false, refusal);
	}

	private TicketItem toRow(TicketItemView item) {
		try {
			return new TicketItem(item.componentKey(), item.environmentKey(), item.environmentKind(),
					this.json.writeValueAsString(item.parameters()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write the parameters of " + item.componentKey(), ex);
		}
	}

	/** The filed ticket as the requester sees it in lists: built from what the filing has at hand. */
	private TicketSummary summary(Ticket ticket, Caller requester) {
		return TicketSummary.of(ticket, this.customers.nameOf(ticket.getCustomerId()), requester.name());
	}

	private String fingerprint(FileTicket request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot fingerprint the request", ex);
		}
	}

	/**
	 * @param replayed whether an earlier request with the same idempotency key filed it
	 * @param urgentRefused why an urgent ticket was filed as normal; {@code null} when it was not
	 */
	public record Filed(TicketSummary ticket, boolean replayed, UrgentRefusal urgentRefused) {

		public String ticketId() {
			return this.ticket.id();
		}

		Long number() {
			return TicketKeys.parse(ticketId()).orElseThrow();
		}

	}

}
