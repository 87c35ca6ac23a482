package io.connectdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.common.Caller;
import io.connectdesk.customer.Customers;
import io.connectdesk.workflow.ProcessVariables;
import io.connectdesk.workflow.Workflow;

/**
 * Opens a ticket that filing checked: the ticket with its items, its first timeline line and its
 * process instance, in the caller's transaction. The filing module decides what may be filed
 * (catalog rules, costs, the urgent quota, idempotency); this is the ticket's side of it.
 */
@Service
@Transactional
public class TicketOpening {

	/** The length of {@code ticket.title}: a reference is longer than most secrets it replaces. */
	private static final int TITLE_LENGTH = 200;

	private final TicketRepository tickets;

	private final Timeline timeline;

	private final Workflow workflow;

	private final ObjectMapper json;

	private final Customers customers;

	private final Clock clock;

	private final SecretMasking masking;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<FirstDueTimes> firstDueTimes;

	TicketOpening(TicketRepository tickets, Timeline timeline, Workflow workflow, ObjectMapper json, Customers customers,
			Clock clock, SecretMasking masking, ApplicationEventPublisher events,
			ObjectProvider<FirstDueTimes> firstDueTimes) {
		this.firstDueTimes = firstDueTimes;
		this.masking = masking;
		this.events = events;
		this.tickets = tickets;
		this.timeline = timeline;
		this.workflow = workflow;
		this.json = json;
		this.customers = customers;
		this.clock = clock;
	}

	/**
	 * @param items the checked items, one per component per environment
	 * @param urgentSlot for an urgent ticket, called with its id once it has one: {@code null} when
	 * the ticket got its urgent slot, else why not (the ticket is then handled as normal)
	 * @return the opened ticket as the requester sees it in lists
	 */
	public TicketSummary open(FileTicket request, List<TicketItemView> items, Caller caller,
			Function<String, LineDetail> urgentSlot) {
		Instant now = this.clock.instant();
		Ticket ticket = new Ticket(withoutSecrets(request, caller.customerId()), caller.customerId(), caller.userId(), now);
		ticket.request(items.stream().map(this::toRow).toList());
		withFirstDueTimes(ticket);
		ticket = this.tickets.save(ticket);
		LineDetail refusal = ticket.isUrgent() ? urgentSlot.apply(ticket.key()) : null;
		if (refusal != null) {
			ticket.fileAsNormal();
		}
		ticket.attachProcess(this.workflow.start(TicketLifecycle.PROCESS_KEY, ticket.key(), ProcessVariables.none()));
		this.timeline.record(ticket, TimelineKind.FILED, caller);
		if (refusal != null) {
			this.timeline.record(ticket, TimelineKind.URGENT_REFUSED, caller, refusal);
		}
		// The ticket's row is in the database from here on: other modules write rows that refer to it with SQL in
		// this transaction (its files, its search document). Nothing else sends it earlier: the ticket's and its
		// lines' ids come from sequences, so Hibernate would wait for the commit.
		this.tickets.flush();
		if (ticket.getType() == TicketType.INCIDENT) {
			openIncident(ticket, request, now);
		}
		return summary(ticket, caller);
	}

	/** The due times the ticket will get, on its row from the first insert ({@link FirstDueTimes}). */
	private void withFirstDueTimes(Ticket ticket) {
		FirstDueTimes forecast = this.firstDueTimes.getIfAvailable();
		if (forecast != null) {
			forecast.of(new TicketFacts(null, ticket.getCustomerId(), ticket.getType(), ticket.isUrgent(), ticket.getStatus(),
					ticket.getCreatedAt()))
				.ifPresent(due -> ticket.showDueTimes(new ServiceLevelTimes(due.responseDueAt(), due.resolutionDueAt(), null,
						due.nextDueAt())));
		}
	}

	/** The request with the secrets in its title and description stored apart, encrypted ({@link SecretMasking}). */
	private FileTicket withoutSecrets(FileTicket request, Long customerId) {
		String title = SecretMasking.cut(this.masking.masked(customerId, request.title()), TITLE_LENGTH);
		String description = this.masking.masked(customerId, request.description());
		return title.equals(request.title()) && description.equals(request.description()) ? request
				: new FileTicket(request.type(), title, description, request.components(), request.environments(),
						request.items(), request.sizing(), request.cc(), request.urgent());
	}

	/**
	 * An incident does not wait in review (issue 14): its process went to fulfilment at once ({@code Gateway_Incident}),
	 * the ticket is accepted without an ACCEPTED line (the incident's acknowledgement is its first response), and the
	 * incident module opens the incident from {@link IncidentFiled}.
	 */
	private void openIncident(Ticket ticket, FileTicket request, Instant now) {
		ticket.accept(now);
		this.events.publishEvent(new IncidentFiled(ticket.key(), ticket.getCustomerId(), ticket.getTitle(),
				request.componentsOrEmpty(), request.environmentsOrEmpty(), ticket.isUrgent()));
	}

	/** A ticket the caller filed earlier, as lists show it. */
	@Transactional(readOnly = true)
	public TicketSummary filed(String ticketId, Caller requester) {
		return summary(this.tickets.getReferenceById(TicketKeys.parse(ticketId).orElseThrow()), requester);
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

	/** Built from what the filing has at hand. */
	private TicketSummary summary(Ticket ticket, Caller requester) {
		return TicketSummary.of(ticket, this.customers.nameOf(ticket.getCustomerId()), requester.name());
	}

}
