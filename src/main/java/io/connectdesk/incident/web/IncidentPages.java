package io.connectdesk.incident.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.connectdesk.common.Caller;
import io.connectdesk.incident.IncidentDesk;
import io.connectdesk.incident.IncidentStatus;
import io.connectdesk.incident.IncidentView;
import io.connectdesk.incident.Incidents;
import io.connectdesk.incident.Severity;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/**
 * The incident desk ({@code /incidents}, staff) and one incident's page ({@code /incidents/{id}}):
 * staff see its alerts, whole timeline, targets and the forms of {@link IncidentActions}; the
 * customer's people see its public view (public updates only); another customer's is not found.
 */
@PageController
class IncidentPages {

	private final Incidents incidents;

	private final IncidentDesk desk;

	IncidentPages(Incidents incidents, IncidentDesk desk) {
		this.incidents = incidents;
		this.desk = desk;
	}

	@GetMapping("/incidents")
	String desk(@RequestParam(required = false) String status, @RequestParam(required = false) String severity,
			@RequestParam(required = false) Long customer, Caller caller, Model model) {
		IncidentDesk.DeskFilter filter = new IncidentDesk.DeskFilter(parse(IncidentStatus.class, status),
				parse(Severity.class, severity), customer);
		model.addAttribute("rows", this.desk.board(caller, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("customers", this.desk.customers());
		return "incident/desk";
	}

	@GetMapping("/incidents/{id}")
	String incident(@PathVariable Long id, Caller caller, Model model) {
		IncidentView incident = this.incidents.detail(caller, id);
		model.addAttribute("incident", incident);
		model.addAttribute("staff", caller.isStaff());
		if (caller.isStaff()) {
			model.addAttribute("targets", this.desk.targets(caller, incident));
			model.addAttribute("postmortemTask", this.desk.postmortemTask(caller, id).orElse(null));
			model.addAttribute("moves", moves(incident.status()));
			model.addAttribute("severities", Severity.values());
			if (!model.containsAttribute(UpdateForm.MODEL)) {
				model.addAttribute(UpdateForm.MODEL, new UpdateForm());
			}
			if (!model.containsAttribute(SeverityForm.MODEL)) {
				model.addAttribute(SeverityForm.MODEL, new SeverityForm(incident.severity().name()));
			}
		}
		if (!model.containsAttribute(PageFeedback.FIELD_PROBLEMS)) {
			model.addAttribute(PageFeedback.FIELD_PROBLEMS, Map.of());
		}
		return "incident/detail";
	}

	/** The moves the update form offers: the status's next ones but the acknowledgement (its own button). */
	static List<IncidentStatus> moves(IncidentStatus status) {
		Set<IncidentStatus> next = EnumSet.noneOf(IncidentStatus.class);
		next.addAll(status.next());
		next.remove(IncidentStatus.ACKNOWLEDGED);
		return List.copyOf(next);
	}

	/** The constant of that name, or {@code null} for none or an unknown one (the filter then shows all). */
	static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
