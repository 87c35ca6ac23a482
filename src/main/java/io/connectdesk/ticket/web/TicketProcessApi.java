package io.connectdesk.ticket.web;

import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketDiagram;
import io.connectdesk.ticket.TicketDiagrams;
import io.connectdesk.workflow.ProcessTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A ticket's process for its diagram: the deployed models it runs, as customers may see them
 * ({@link CustomerModel}), with the steps done and the current ones. The ticket page draws it with bpmn-js.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketProcessApi {

	private final TicketDiagrams diagrams;

	private final MessageSource messages;

	TicketProcessApi(TicketDiagrams diagrams, MessageSource messages) {
		this.diagrams = diagrams;
		this.messages = messages;
	}

	@GetMapping("/{id}/process")
	@Operation(summary = "The ticket's process: its lifecycle, and its cost approval and provisioning while they run",
			description = "Each model is BPMN 2.0 XML with customer-friendly names only; done and current are element ids. "
					+ "Answers 304 to If-None-Match with the same ETag. Staff also get a link to the instance in Cockpit.")
	ResponseEntity<ProcessView> process(@PathVariable String id, Caller caller, Locale locale, WebRequest request) {
		TicketDiagram diagram = this.diagrams.of(id, caller);
		String etag = etag(diagram, caller, locale);
		if (request.checkNotModified(etag)) {
			return null;
		}
		boolean staff = caller.isStaff();
		List<ModelView> models = diagram.trails()
			.stream()
			.map(trail -> new ModelView(trail.processKey(), label("diagram." + trail.processKey(), trail.processKey(), locale),
					CustomerModel.of(trail.modelXml(), labels(trail.processKey(), staff, locale)), trail.done(), trail.current()))
			.toList();
		String cockpit = (caller.has(Role.SRE) || caller.has(Role.ADMIN)) && diagram.processInstanceId() != null
				? "/camunda/app/cockpit/default/#/process-instance/" + diagram.processInstanceId() + "/runtime" : null;
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache().cachePrivate())
			.eTag(etag)
			.body(new ProcessView(diagram.ticketId(), cockpit, models));
	}

	/** Customers see the bundle's labels only; staff see the model's own names where the bundle has none. */
	private BinaryOperator<String> labels(String processKey, boolean staff, Locale locale) {
		return (elementId, name) -> {
			String label = this.messages.getMessage("diagram." + processKey + "." + elementId, null, null, locale);
			return label != null || !staff || name.isEmpty() ? label : name;
		};
	}

	private String label(String code, String fallback, Locale locale) {
		return this.messages.getMessage(code, null, fallback, locale);
	}

	private static String etag(TicketDiagram diagram, Caller caller, Locale locale) {
		StringBuilder state = new StringBuilder(locale.getLanguage()).append(caller.isStaff());
		for (ProcessTrail trail : diagram.trails()) {
			state.append('|').append(trail.instanceId()).append(trail.done()).append(trail.current());
			state.append(trail.modelXml().hashCode());
		}
		return "\"" + Integer.toHexString(state.toString().hashCode()) + "\"";
	}

	/** @param cockpitUrl the instance in Cockpit, for staff who may open it; {@code null} for everyone else */
	record ProcessView(String ticketId, String cockpitUrl, List<ModelView> models) {
	}

	/** One model: its key, a title for people, the BPMN, and the element ids done and current. */
	record ModelView(String processKey, String title, String xml, List<String> done, List<String> current) {
	}

}
