package io.connectdesk.oncall.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.oncall.Escalations;
import io.connectdesk.oncall.OnCallSchedule;
import io.connectdesk.web.PageController;

/** The staff's on-call page (now, next, the week, the experts' queue) and the escalation forms. */
@PageController
class OnCallPages {

	private final OnCallSchedule schedule;

	private final Escalations escalations;

	private final OnCallFeedback feedback;

	OnCallPages(OnCallSchedule schedule, Escalations escalations, OnCallFeedback feedback) {
		this.schedule = schedule;
		this.escalations = escalations;
		this.feedback = feedback;
	}

	@GetMapping("/oncall")
	String board(Caller caller, Model model) {
		model.addAttribute("board", this.schedule.board(caller));
		model.addAttribute("escalations", this.escalations.open(caller));
		model.addAttribute("zone", ZoneId.of(this.schedule.zone()));
		return "oncall/board";
	}

	@PostMapping("/escalations/{taskId}/take")
	String take(@PathVariable String taskId, Caller caller, RedirectAttributes flash) {
		try {
			this.escalations.take(taskId, caller);
			this.feedback.notice(flash, "oncall.notice.taken");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "take", refused);
		}
		return "redirect:/oncall";
	}

	@PostMapping("/tickets/{id}/escalations")
	String escalate(@PathVariable String id, @RequestParam(defaultValue = "") String note, Caller caller,
			RedirectAttributes flash) {
		EscalationRequest request = new EscalationRequest(note);
		if (this.feedback.invalid(request, "escalate", flash)) {
			return backTo(id);
		}
		try {
			this.escalations.escalateByHand(id, caller, request.note());
			this.feedback.notice(flash, "oncall.notice.escalated");
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, "escalate", refused);
		}
		return backTo(id);
	}

	private static String backTo(String ticketId) {
		return "redirect:/tickets/" + UriUtils.encodePathSegment(ticketId, StandardCharsets.UTF_8);
	}

}
