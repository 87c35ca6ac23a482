package io.connectdesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Person;
import io.connectdesk.oncall.OnCallSchedule;
import io.connectdesk.oncall.ShiftView;

/**
 * The paging steps of {@code incident.bpmn}: whoever is on call when the step runs (primary,
 * secondary) or every expert gets a page on every channel, with their own acknowledgement link;
 * the timeline says who was paged. An incident acknowledged meanwhile pages nobody.
 */
@Service
@Transactional
class IncidentPaging {

	/** Who a paging step reaches. */
	enum Rung {
		PRIMARY, SECONDARY, EXPERTS
	}

	private final IncidentRepository incidents;

	private final OnCallSchedule schedule;

	private final Accounts accounts;

	private final Customers customers;

	private final List<PagingChannel> channels;

	private final AckLinks links;

	private final IncidentTimeline timeline;

	IncidentPaging(IncidentRepository incidents, OnCallSchedule schedule, Accounts accounts, Customers customers,
			List<PagingChannel> channels, AckLinks links, IncidentTimeline timeline) {
		this.incidents = incidents;
		this.schedule = schedule;
		this.accounts = accounts;
		this.customers = customers;
		this.channels = channels;
		this.links = links;
		this.timeline = timeline;
	}

	void page(Long incidentId, Rung rung) {
		Incident incident = this.incidents.findById(incidentId).orElseThrow(() -> new IllegalStateException("No incident " + incidentId));
		if (incident.getStatus() != IncidentStatus.TRIGGERED) {
			return;
		}
		List<Person> engineers = engineers(rung);
		if (engineers.isEmpty()) {
			this.timeline.record(incidentId, IncidentEventKind.PAGED, null, rung + ": nobody to page");
			return;
		}
		String customer = this.customers.nameOf(incident.getCustomerId());
		for (Person engineer : engineers) {
			Page page = new Page(incidentId, IncidentProcess.keyOf(incidentId), incident.getSeverity(), customer,
					incident.getComponent(), incident.getEnvironment(), incident.getTitle(), engineer, rung.name(),
					this.links.linkFor(incidentId, engineer.id()));
			this.channels.forEach(channel -> channel.page(page));
			this.timeline.record(incidentId, IncidentEventKind.PAGED, null, rung + ": " + engineer.name() + " <" + engineer.email() + ">");
		}
	}

	private List<Person> engineers(Rung rung) {
		Optional<ShiftView> shift = this.schedule.current();
		return switch (rung) {
			case PRIMARY -> shift.map(ShiftView::primary).map(List::of).orElseGet(() -> experts());
			case SECONDARY -> shift.map(ShiftView::secondary).map(List::of).orElse(List.of());
			case EXPERTS -> experts();
		};
	}

	private List<Person> experts() {
		return this.accounts.staffWithRole(Role.EXPERT);
	}

}
