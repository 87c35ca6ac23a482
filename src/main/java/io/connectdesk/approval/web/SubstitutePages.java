package io.connectdesk.approval.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.approval.NameSubstitute;
import io.connectdesk.approval.Substitutes;
import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.web.PageController;

/** An approver's substitutes: who decides for them, and when. */
@PageController
class SubstitutePages {

	private final Substitutes substitutes;

	private final PageMessages messages;

	SubstitutePages(Substitutes substitutes, PageMessages messages) {
		this.substitutes = substitutes;
		this.messages = messages;
	}

	@GetMapping("/approvals/substitutes")
	String list(Caller caller, Model model) {
		return page(caller, model, Map.of(), new SubstituteForm("", "", ""));
	}

	@PostMapping("/approvals/substitutes")
	String name(@RequestParam(defaultValue = "") String substitute, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String until, Caller caller, Model model, RedirectAttributes flash) {
		SubstituteForm form = new SubstituteForm(substitute, from, until);
		Map<String, String> problems = new HashMap<>();
		LocalDate first = day(from, "from", problems);
		LocalDate last = day(until, "until", problems);
		if (substitute.isBlank()) {
			problems.put("substitute", this.messages.get("substitutes.required"));
		}
		if (!problems.isEmpty()) {
			return page(caller, model, problems, form);
		}
		try {
			this.substitutes.name(caller, new NameSubstitute(substitute.strip(), first, last));
		}
		catch (InvalidInputException invalid) {
			invalid.fields().forEach(problem -> problems.putIfAbsent(problem.field(), problem.message()));
			return page(caller, model, problems, form);
		}
		flash.addFlashAttribute("notice", this.messages.get("substitutes.named", substitute.strip()));
		return "redirect:/approvals/substitutes";
	}

	@PostMapping("/approvals/substitutes/{substituteId}/remove")
	String remove(@PathVariable Long substituteId, Caller caller, RedirectAttributes flash) {
		this.substitutes.remove(caller, substituteId);
		flash.addFlashAttribute("notice", this.messages.get("substitutes.removed"));
		return "redirect:/approvals/substitutes";
	}

	private String page(Caller caller, Model model, Map<String, String> problems, SubstituteForm form) {
		model.addAttribute("substitutes", this.substitutes.of(caller));
		model.addAttribute("form", form);
		model.addAttribute("fieldProblems", problems);
		return "approval/substitutes";
	}

	private LocalDate day(String value, String field, Map<String, String> problems) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put(field, this.messages.get("substitutes.badDate"));
			return null;
		}
	}

	/** What the person typed, shown again beside the problems. */
	record SubstituteForm(String substitute, String from, String until) {
	}

}
