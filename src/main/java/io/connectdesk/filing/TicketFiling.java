package io.connectdesk.filing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.billing.CostChange;
import io.connectdesk.billing.CostPreview;
import io.connectdesk.billing.CostPreviewView;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.UnprocessableException;
import io.connectdesk.ticket.ContractAddresses;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketCosts;
import io.connectdesk.ticket.TicketKeys;
import io.connectdesk.ticket.TicketOpening;
import io.connectdesk.ticket.TicketSummary;

/**
 * Files tickets. The ticket, its first timeline line and its process instance are created in one
 * transaction, with its catalog items and, when those items add or remove components, its cost (the MRU
 * delta and new monthly total the cost preview gives); a change's items (new parameters of components the
 * customer has) and types without items record no cost. With an idempotency key, a retried request returns the ticket filed the first time.
 */
@Service
public class TicketFiling {

	private final TicketOpening opening;

	private final IdempotencyRecordRepository idempotency;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	private final ContractAddresses contractAddresses;

	private final Clock clock;

	private final UrgentSlots urgentSlots;

	/** A filing with nothing to store beside the ticket: no statement more. */
	private static final Consumer<Filed> NOTHING_ALONGSIDE = filed -> {
	};

	private final ItemRules rules;

	private final CostPreview costPreview;

	private final TicketCosts costs;

	TicketFiling(TicketOpening opening, IdempotencyRecordRepository idempotency, TransactionTemplate transaction,
			ObjectMapper json, ContractAddresses contractAddresses, Clock clock, UrgentSlots urgentSlots, ItemRules rules,
			CostPreview costPreview, TicketCosts costs) {
		this.rules = rules;
		this.costPreview = costPreview;
		this.costs = costs;
		this.opening = opening;
		this.idempotency = idempotency;
		this.transaction = transaction;
		this.json = json;
		this.contractAddresses = contractAddresses;
		this.clock = clock;
		this.urgentSlots = urgentSlots;
	}

	/**
	 * @param idempotencyKey the client's key for this request, or {@code null}
	 * @return the ticket's id, and whether it was filed by an earlier request with the same key
	 */
	public Filed file(FileTicket request, Caller caller, String idempotencyKey) {
		return file(request, caller, idempotencyKey, NOTHING_ALONGSIDE);
	}

	/**
	 * Files the ticket and, in the same transaction, does what must be stored with it (its files): a failure of
	 * either stores neither. Not run for a replayed request, whose first filing stored it.
	 *
	 * @param alongside called with the newly filed ticket, before the transaction commits
	 */
	public Filed file(FileTicket request, Caller caller, String idempotencyKey, Consumer<Filed> alongside) {
		if (caller.customerId() == null) {
			throw new ForbiddenException("not-a-customer-user", "Only users of a customer organization file tickets");
		}
		this.contractAddresses.require(request.ccOrEmpty(), caller.customerId(), "cc");
		CheckedRequest checked = this.rules.check(request, caller.customerId());
		if (idempotencyKey == null) {
			return this.transaction.execute(status -> alongside(fileNew(request, checked, caller), alongside));
		}
		IdempotencyRecord.Key key = new IdempotencyRecord.Key(caller.userId(), idempotencyKey);
		String hash = fingerprint(request);
		try {
			return this.transaction.execute(status -> replay(key, hash, caller)
				.orElseGet(() -> alongside(fileRemembering(request, checked, caller, key, hash), alongside)));
		}
		catch (DataIntegrityViolationException concurrentRetry) {
			// Another request with the same key committed first: answer with its ticket.
			return this.transaction.execute(status -> replay(key, hash, caller)).orElseThrow(() -> concurrentRetry);
		}
	}

	private static Filed alongside(Filed filed, Consumer<Filed> alongside) {
		alongside.accept(filed);
		return filed;
	}

	private Optional<Filed> replay(IdempotencyRecord.Key key, String hash, Caller caller) {
		return this.idempotency.findById(key).map(record -> {
			if (!record.matches(hash)) {
				throw new UnprocessableException("idempotency-key-reused",
						"This Idempotency-Key was already used for a different request");
			}
			return new Filed(this.opening.filed(TicketKeys.format(record.getTicketId()), caller), true, null);
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
		UrgentRefusal[] refusal = new UrgentRefusal[1];
		TicketSummary ticket = this.opening.open(request, checked.items(), caller, ticketId -> {
			refusal[0] = this.urgentSlots.take(caller.customerId(), ticketId, caller, now).orElse(null);
			return refusal[0] == null ? null : refusal[0].timelineDetail();
		});
		// A change's items add or remove nothing: no cost, so no cost approval.
		if (!checked.items().isEmpty() && checked.direction() != CostChange.Direction.NONE) {
			CostPreviewView cost = this.costPreview.preview(caller.customerId(), checked.change());
			this.costs.record(ticket.id(), cost.mruDelta(), cost.newMonthlyMru());
		}
		return new Filed(ticket, false, refusal[0]);
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
