package io.connectdesk.ticket.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.Caller;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketFiling;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.web.PageController;

/** The new-ticket form: the same rules as the API, each problem shown beside its field. */
@PageController
class FilingPages {

	static final String FORM = "ticketForm";

	private static final String VIEW = "tickets/new";

	private final TicketFiling filing;

	private final PageFeedback feedback;

	FilingPages(TicketFiling filing, PageFeedback feedback) {
		this.filing = filing;
		this.feedback = feedback;
	}

	@ModelAttribute("types")
	List<TicketType> types() {
		return List.of(TicketType.values());
	}

	@GetMapping("/tickets/new")
	String form(Model model) {
		model.addAttribute(FORM, new TicketForm());
		return VIEW;
	}

	@PostMapping("/tickets")
	String file(@ModelAttribute(FORM) TicketForm form, BindingResult result, Caller caller, Model model,
			RedirectAttributes flash) {
		FileTicket command = form.toCommand();
		this.feedback.check(command, "fileTicket").getFieldErrors().forEach(error -> reject(result, error));
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			TicketFiling.Filed filed = this.filing.file(command, caller, form.getIdempotencyKey());
			this.feedback.notice(flash, "notice.filed", filed.ticketId());
			if (filed.urgentRefused() != null) {
				this.feedback.problem(flash, "quota.filedAsNormal");
			}
			return "redirect:/tickets/" + filed.ticketId();
		}
		catch (InvalidInputException invalid) {
			invalid.fields()
				.forEach(field -> rejectNamed(result, PageFeedback.baseField(field.field()),
						this.feedback.fieldProblem(field)));
			return VIEW;
		}
		catch (DeskException refused) {
			model.addAttribute(PageFeedback.PROBLEM, this.feedback.problem(refused));
			return VIEW;
		}
	}

	/** A problem of the command, moved to the form field it came from (one per field). */
	private static void reject(BindingResult form, FieldError error) {
		String field = PageFeedback.baseField(error);
		if (!form.hasFieldErrors(field)) {
			form.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
		}
	}

	private static void rejectNamed(BindingResult form, String field, String message) {
		if (form.hasFieldErrors(field)) {
			return;
		}
		try {
			form.rejectValue(field, "invalid", message);
		}
		catch (RuntimeException notAFormField) {
			form.reject("invalid", message);
		}
	}

}
