package io.connectdesk.incident.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.incident.IllegalIncidentMoveException;
import io.connectdesk.incident.IncidentStatus;
import io.connectdesk.incident.IncidentWork;
import io.connectdesk.incident.Incidents;
import io.connectdesk.incident.Severity;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/**
 * The incident page's forms (staff): Acknowledge, Post the update (with a move or alone), Change the
 * severity. Each goes back to the incident's page: a notice when it worked; else what was refused,
 * beside the field it concerns, with the form as it was sent. Another customer's incident (or none)
 * is not found, and a customer's people are refused, before anything is read or changed.
 */
@PageController
class IncidentActions {

	private final Incidents incidents;

	private final IncidentWork work;

	private final PageFeedback feedback;

	IncidentActions(Incidents incidents, IncidentWork work, PageFeedback feedback) {
		this.incidents = incidents;
		this.work = work;
		this.feedback = feedback;
	}

	@PostMapping("/incidents/{id}/acknowledge")
	String acknowledge(@PathVariable Long id, Caller caller, RedirectAttributes flash) {
		try {
			this.work.acknowledge(caller, id);
			this.feedback.notice(flash, "incidentDesk.notice.acknowledged");
		}
		catch (NotFoundException | ForbiddenException refused) {
			throw refused;
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "acknowledge", refused);
		}
		return back(id);
	}

	@PostMapping("/incidents/{id}/updates")
	String update(@PathVariable Long id, @ModelAttribute UpdateForm form, Caller caller, RedirectAttributes flash) {
		IncidentStatus move = IncidentPages.parse(IncidentStatus.class, form.getStatus());
		try {
			if (move == null && !form.getStatus().isBlank()) {
				throw InvalidInputException.of("status", "Not a status");
			}
			this.work.update(caller, id, move, form.getText());
			this.feedback.notice(flash, move == null ? "incidentDesk.notice.updated" : "incidentDesk.notice.moved",
					this.feedback.text(new DefaultMessageSourceResolvable("incident.status." + move)));
			return back(id);
		}
		catch (NotFoundException | ForbiddenException refused) {
			throw refused;
		}
		catch (IllegalIncidentMoveException refused) {
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, Map.of("update.status", this.feedback.problem(refused)));
		}
		catch (InvalidInputException invalid) {
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, fields("update", invalid));
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "update", refused);
		}
		flash.addFlashAttribute(UpdateForm.MODEL, form);
		return back(id) + "#update";
	}

	@PostMapping("/incidents/{id}/severity")
	String severity(@PathVariable Long id, @ModelAttribute SeverityForm form, Caller caller, RedirectAttributes flash) {
		try {
			Severity severity = IncidentPages.parse(Severity.class, form.getSeverity());
			this.incidents.changeSeverity(caller, id, severity, form.getReason());
			this.feedback.notice(flash, "incidentDesk.notice.severity", severity.name());
			return back(id);
		}
		catch (NotFoundException | ForbiddenException refused) {
			throw refused;
		}
		catch (InvalidInputException invalid) {
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, fields("severity", invalid));
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "severity", refused);
		}
		flash.addFlashAttribute(SeverityForm.MODEL, form);
		return back(id) + "#severity";
	}

	/** The refusal's fields, keyed {@code <form>.<field>}, in the desk's words ({@code incidentDesk.invalid.<field>}). */
	private Map<String, String> fields(String form, InvalidInputException invalid) {
		Map<String, String> fields = new LinkedHashMap<>();
		invalid.fields()
			.forEach(field -> fields.putIfAbsent(form + "." + field.field(), this.feedback.text(new DefaultMessageSourceResolvable(
					new String[] { "incidentDesk.invalid." + form + "." + field.field(), "invalid" }))));
		return fields;
	}

	private static String back(Long id) {
		return "redirect:/incidents/" + id;
	}

}
