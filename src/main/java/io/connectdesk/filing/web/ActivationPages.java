package io.connectdesk.filing.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.filing.FilingPreviews;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/**
 * The service-activation form: the sizing answers; "Size it" shows the bill of components, the
 * initial container capacity and the MRU estimate per environment; filing it files a
 * SERVICE_ACTIVATION ticket whose items are that bill.
 */
@PageController
class ActivationPages {

	static final String FORM = "sizingForm";

	private static final String VIEW = "filing/activation";

	private static final String PATH = "/tickets/new/service-activation";

	private final TicketFiling filing;

	private final FilingPreviews previews;

	private final PageFeedback feedback;

	ActivationPages(TicketFiling filing, FilingPreviews previews, PageFeedback feedback) {
		this.filing = filing;
		this.previews = previews;
		this.feedback = feedback;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute(FORM, new SizingForm());
		return VIEW;
	}

	@PostMapping(PATH)
	String submit(@ModelAttribute(FORM) SizingForm form, BindingResult result,
			@RequestParam(name = FilingPages.PREVIEW, required = false) String preview, Caller caller, Model model,
			RedirectAttributes flash) {
		if (result.hasErrors()) {
			return VIEW;
		}
		FileTicket command = form.toCommand();
		List<FieldError> errors = this.feedback.check(command, "fileTicket").getFieldErrors();
		errors.stream()
			.filter(error -> preview == null || error.getField().startsWith("sizing."))
			.forEach(error -> reject(result, error));
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			if (preview != null) {
				model.addAttribute(FilingPages.PREVIEW, this.previews.sizing(command.sizing(), caller));
				return VIEW;
			}
			TicketFiling.Filed filed = this.filing.file(command, caller, form.getIdempotencyKey());
			this.feedback.notice(flash, "notice.filed", filed.ticketId());
			return "redirect:/tickets/" + filed.ticketId();
		}
		catch (InvalidInputException invalid) {
			invalid.fields().forEach(field -> result.reject("invalid", this.feedback.fieldProblem(field)));
			return VIEW;
		}
		catch (DeskException refused) {
			model.addAttribute(PageFeedback.PROBLEM, this.feedback.problem(refused));
			return VIEW;
		}
	}

	/** {@code sizing.widgets} is the form's {@code widgets}. */
	private static void reject(BindingResult form, FieldError error) {
		String field = PageFeedback.baseField(error).replaceFirst("^sizing\\.", "");
		if (!form.hasFieldErrors(field)) {
			form.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
		}
	}

}
