package io.connectdesk.filing.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
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

	static final String REFRESH = "refresh";

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
		model.addAttribute(FormProblem.MODEL, List.of());
		return VIEW;
	}

	/**
	 * Files the ticket, previews its cost, or (with "Update the form", for browsers without script) shows the
	 * form again for the chosen type and components without checking anything. Every problem is found in one
	 * pass: the catalog's rules for the items are checked even when other fields are wrong.
	 */
	@PostMapping("/tickets")
	String file(@ModelAttribute(FORM) TicketForm form, BindingResult result,
			@RequestParam(name = PREVIEW, required = false) String preview,
			@RequestParam(name = "files", required = false) List<MultipartFile> uploads,
			@RequestParam(name = REFRESH, required = false) String refresh, Caller caller, Model model,
			RedirectAttributes flash) {
		List<ComponentView> catalog = this.choices.describe(caller, model);
		ItemProblems items = new ItemProblems(form.chosenIn(catalog), LocaleContextHolder.getLocale());
		if (refresh != null) {
			return view(model, result, items);
		}
		FileTicket command = form.toCommand(catalog);
		this.feedback.check(command, "fileTicket")
			.getFieldErrors()
			.stream()
			.filter(error -> preview == null || costsDependOn(error))
			.forEach(error -> reject(result, items, error));
		if (result.hasErrors() || !items.isEmpty()) {
			this.previews.itemProblems(command, caller).forEach(field -> place(result, items, field));
			return view(model, result, items);
		}
		try {
			if (preview != null) {
				model.addAttribute(PREVIEW, this.previews.preview(command, caller));
				return view(model, result, items);
			}
			List<IncomingFile> attached = this.files.checked(uploads, model);
			if (attached == null) {
				return view(model, result, items);
			}
			TicketFiling.Filed filed = this.files.file(this.filing, command, form.getIdempotencyKey(), attached, caller);
			this.feedback.notice(flash, "notice.filed", filed.ticketId());
			if (filed.urgentRefused() != null) {
				this.feedback.problem(flash, "quota.filedAsNormal");
			}
			return "redirect:/tickets/" + filed.ticketId();
		}
		catch (InvalidInputException invalid) {
			invalid.fields().forEach(field -> place(result, items, field));
			return view(model, result, items);
		}
		catch (DeskException refused) {
			model.addAttribute(PageFeedback.PROBLEM, this.feedback.problem(refused));
			return view(model, result, items);
		}
	}

	/** The form with its problems beside the fields and in a summary at the top that links to each. */
	private String view(Model model, BindingResult result, ItemProblems items) {
		model.addAttribute(ItemProblems.MODEL, items.asMap());
		model.addAttribute(FormProblem.MODEL, FormProblem.of(result, items, this.feedback::text));
		return VIEW;
	}

	private void place(BindingResult result, ItemProblems items, InvalidInputException.FieldProblem field) {
		if (ItemProblems.concerns(field.field())) {
			items.add(field.field(), field.message(), this::text);
		}
		else {
			rejectNamed(result, PageFeedback.baseField(field.field()), this.feedback.fieldProblem(field));
		}
	}

	private String text(String key, Object... arguments) {
		return this.feedback.text(new DefaultMessageSourceResolvable(new String[] { key, "invalid" }, arguments));
	}

	/**
	 * A preview asks what the items cost: it waits for the type and the items to be right, not the title or the
	 * description, so the preview beside the form can follow the items while the rest is still being written.
	 */
	private static boolean costsDependOn(FieldError error) {
		return ItemProblems.concerns(error.getField()) || "type".equals(PageFeedback.baseField(error));
	}

		/** A problem of the command, moved to the form field it came from (one per field). */
	private void reject(BindingResult form, ItemProblems items, FieldError error) {
		if (ItemProblems.concerns(error.getField())) {
			items.add(error.getField(), error.getDefaultMessage(), this::text);
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
