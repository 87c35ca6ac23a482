package io.connectdesk.approval.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.approval.Decide;
import io.connectdesk.approval.LinkDecisions;
import io.connectdesk.approval.LinkDecisions.LinkPage;
import io.connectdesk.approval.LinkDecisions.LinkState;
import io.connectdesk.approval.Verdict;
import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.web.PageController;

/**
 * The page an approval mail's link opens (signed in): the ticket's cost change and Approve / Reject
 * with a comment. GET only shows; the POST decides. A used, tampered, expired or foreign link shows
 * why it does not work.
 */
@PageController
class LinkPages {

	private final LinkDecisions decisions;

	private final PageMessages messages;

	LinkPages(LinkDecisions decisions, PageMessages messages) {
		this.decisions = decisions;
		this.messages = messages;
	}

	@GetMapping("/approvals/link")
	ModelAndView open(@RequestParam(defaultValue = "") String token, Caller caller) {
		return page(this.decisions.open(token, caller), token, Map.of());
	}

	@PostMapping("/approvals/link")
	ModelAndView decide(@RequestParam(defaultValue = "") String token, @RequestParam Verdict verdict,
			@RequestParam(required = false) String comment, Caller caller, RedirectAttributes flash) {
		String ticketId;
		try {
			ticketId = this.decisions.decide(token, caller, new Decide(verdict, comment)).ticketId();
		}
		catch (InvalidInputException invalid) {
			return page(this.decisions.open(token, caller), token, Map.of("comment", invalid.fields().get(0).message()));
		}
		catch (DeskException refused) {
			ModelAndView page = page(this.decisions.open(token, caller), token, Map.of());
			page.addObject("problem", this.messages.get("problem." + refused.code()));
			return page;
		}
		flash.addFlashAttribute("notice", this.messages.get(verdict == Verdict.APPROVE ? "approvals.approved" : "approvals.rejected", ticketId));
		return new ModelAndView("redirect:/approvals");
	}

	private static ModelAndView page(LinkPage link, String token, Map<String, String> problems) {
		ModelAndView page = new ModelAndView("approval/link", link.state() == LinkState.INVALID ? HttpStatus.NOT_FOUND : HttpStatus.OK);
		page.addObject("state", link.state().name());
		page.addObject("item", link.item());
		page.addObject("token", token);
		page.addObject("fieldProblems", problems);
		return page;
	}

}
