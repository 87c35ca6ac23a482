package io.connectdesk.approval.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.approval.CostApprovals;
import io.connectdesk.approval.Decide;
import io.connectdesk.approval.Verdict;
import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.web.PageController;

/** The approver's inbox, where they approve or reject cost changes with a comment. */
@PageController
class ApprovalPages {

	private final CostApprovals desk;

	private final PageMessages messages;

	private final ApprovalCards cards;

	ApprovalPages(CostApprovals desk, PageMessages messages, ApprovalCards cards) {
		this.desk = desk;
		this.messages = messages;
		this.cards = cards;
	}

	@GetMapping("/approvals")
	String inbox(Caller caller, Locale locale, Model model) {
		model.addAttribute("cards", this.cards.of(this.desk.inbox(caller), caller, locale));
		if (!model.containsAttribute("fieldProblems")) {
			model.addAttribute("fieldProblems", Map.of());
		}
		return "approval/inbox";
	}

	@PostMapping("/approvals/{ticketId}/decisions")
	String decide(@PathVariable String ticketId, @RequestParam Verdict verdict,
			@RequestParam(required = false) String comment, Caller caller, RedirectAttributes flash) {
		try {
			this.desk.decide(ticketId, caller, new Decide(verdict, comment));
		}
		catch (InvalidInputException invalid) {
			flash.addFlashAttribute("fieldProblems", invalid.fields()
				.stream()
				.collect(Collectors.toMap(problem -> ticketId + "." + problem.field(), problem -> problem.message(), (a, b) -> a)));
			return "redirect:/approvals";
		}
		flash.addFlashAttribute("notice", this.messages.get(verdict == Verdict.APPROVE ? "approvals.approved" : "approvals.rejected", ticketId));
		return "redirect:/approvals";
	}

}
