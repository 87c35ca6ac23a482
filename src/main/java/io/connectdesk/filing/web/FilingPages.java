package io.connectdesk.filing.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.attachment.IncomingFile;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.filing.FilingPreviews;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketType;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;

/**
 * The new-ticket form: the same rules as the API, each problem shown beside its field. Catalog
 * components are picked by category, each with its environments and parameter fields; "Preview
 * cost" renders the form again with what the request would cost, and files nothing.
 */
@PageController
class FilingPages {

	static final String FORM = "ticketForm";

	static final String PREVIEW = "preview";

	private static final String VIEW = "filing/new";

	private final TicketFiling filing;

	private final FilingPreviews previews;

	private final CatalogChoices choices;

	private final PageFeedback feedback;

	private final FilingFiles files;

	FilingPages(TicketFiling filing, FilingPreviews previews, CatalogChoices choices, PageFeedback feedback,
			FilingFiles files) {
		this.files = files;
		this.filing = filing;
		this.previews = previews;
		this.choices = choices;
		this.feedback = feedback;
	}

	@ModelAttribute("types")
	Set<TicketType> types() {
		return TicketType.filedByForm();
	}

	@GetMapping("/tickets/new")
	String form(Caller caller, Model model) {
		model.addAttribute(FORM, new TicketForm());
		this.choices.describe(caller, model);
		return VIEW;
	}

	@PostMapping("/tickets")
	String file(@ModelAttribute(FORM) TicketForm form, BindingResult result,
			@RequestParam(name = PREVIEW, required = false) String preview,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads, Caller caller, Model model,
			RedirectAttributes flash) {
		List<ComponentView> catalog = this.choices.describe(caller, model);
		FileTicket command = form.toCommand(catalog);
		ItemProblems items = new ItemProblems(form.chosenIn(catalog));
		model.addAttribute(ItemProblems.MODEL, items.asMap());
		this.feedback.check(command, "fileTicket").getFieldErrors().forEach(error -> reject(result, items, error));
		if (result.hasErrors() || !items.isEmpty()) {
			return VIEW;
		}
		try {
			if (preview != null) {
				model.addAttribute(PREVIEW, this.previews.preview(command, caller));
				return VIEW;
			}
			List<IncomingFile> attached = this.files.checked(uploads, model);
			if (attached == null) {
				return VIEW;
			}
			TicketFiling.Filed filed = this.filing.file(command, caller, form.getIdempotencyKey());
			this.files.store(filed, attached, caller);
			this.feedback.notice(flash, "notice.filed", filed.ticketId());
			if (filed.urgentRefused() != null) {
				this.feedback.problem(flash, "quota.filedAsNormal");
			}
			return "redirect:/tickets/" + filed.ticketId();
		}
		catch (InvalidInputException invalid) {
			invalid.fields().forEach(field -> {
				if (ItemProblems.concerns(field.field())) {
					items.add(field.field(), this::text);
				}
				else {
					rejectNamed(result, PageFeedback.baseField(field.field()), this.feedback.fieldProblem(field));
				}
			});
			return VIEW;
		}
		catch (DeskException refused) {
			model.addAttribute(PageFeedback.PROBLEM, this.feedback.problem(refused));
			return VIEW;
		}
	}

	private String text(String key) {
		return this.feedback.text(new DefaultMessageSourceResolvable(new String[] { key, "invalid" }));
	}

	/** A problem of the command, moved to the form field it came from (one per field). */
	private void reject(BindingResult form, ItemProblems items, FieldError error) {
		if (ItemProblems.concerns(error.getField())) {
			items.add(error.getField(), this::text);
			return;
		}
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
