package io.connectdesk.oncall.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.oncall.OnCallSchedule;
import io.connectdesk.oncall.RotationResult;
import io.connectdesk.web.PageController;

/** The admin's on-call page: the next four weeks with uncovered hours flagged, rotation, swaps, holidays. */
@PageController
class OnCallAdminPages {

	private static final String PAGE = "oncall/admin";

	private static final int DAYS_SHOWN = 28;

	private final OnCallSchedule schedule;

	private final OnCallFeedback feedback;

	OnCallAdminPages(OnCallSchedule schedule, OnCallFeedback feedback) {
		this.schedule = schedule;
		this.feedback = feedback;
	}

	@GetMapping("/admin/oncall")
	String page(Model model) {
		return page(new RotationForm(), new ReplacementForm(), Map.of(), model);
	}

	@PostMapping("/admin/oncall/rotation")
	String rotation(@ModelAttribute("rotation") RotationForm form, Caller caller, Model model, RedirectAttributes flash) {
		Map<String, String> problems = this.feedback.problems(form.toCommand(), "rotation");
		if (!problems.isEmpty()) {
			return page(form, new ReplacementForm(), problems, model);
		}
		try {
			RotationResult result = this.schedule.generate(form.toCommand(), caller);
			this.feedback.notice(flash, "oncall.notice.generated", result.created(), result.kept(), result.gaps().size());
			return "redirect:/admin/oncall";
		}
		catch (InvalidInputException invalid) {
			return page(form, new ReplacementForm(), this.feedback.fieldsOf(invalid, "rotation"), model);
		}
	}

	@PostMapping("/admin/oncall/replacements")
	String replace(@ModelAttribute("replacement") ReplacementForm form, Caller caller, Model model, RedirectAttributes flash) {
		Map<String, String> problems = this.feedback.problems(form.toCommand(), "replacement");
		if (!problems.isEmpty()) {
			return page(new RotationForm(), form, problems, model);
		}
		try {
			int changed = this.schedule.replace(form.toCommand(), caller);
			this.feedback.notice(flash, "oncall.notice.replaced", changed);
			return "redirect:/admin/oncall";
		}
		catch (InvalidInputException invalid) {
			return page(new RotationForm(), form, this.feedback.fieldsOf(invalid, "replacement"), model);
		}
		catch (DeskException refused) {
			model.addAttribute("problem", this.feedback.problem(refused));
			return page(new RotationForm(), form, Map.of(), model);
		}
	}

	@PostMapping("/admin/oncall/shifts/{id}/swap")
	String swap(@PathVariable Long id, Caller caller, RedirectAttributes flash) {
		try {
			this.schedule.swap(id, caller);
			this.feedback.notice(flash, "oncall.notice.swapped");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "swap", refused);
		}
		return "redirect:/admin/oncall";
	}

	private String page(RotationForm rotation, ReplacementForm replacement, Map<String, String> problems, Model model) {
		ZoneId zone = ZoneId.of(this.schedule.zone());
		LocalDate today = this.schedule.today();
		model.addAttribute("rotation", rotation);
		model.addAttribute("replacement", replacement);
		if (!model.containsAttribute(OnCallFeedback.FIELD_PROBLEMS) || !problems.isEmpty()) {
			model.addAttribute(OnCallFeedback.FIELD_PROBLEMS, problems);
		}
		model.addAttribute("zone", zone);
		model.addAttribute("schedule", this.schedule.schedule(today.atStartOfDay(zone).toInstant(),
				today.plusDays(DAYS_SHOWN).atStartOfDay(zone).toInstant()));
		return PAGE;
	}

}
