package io.connectdesk.access.web;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.access.OrganizationPeople;
import io.connectdesk.common.Caller;
import io.connectdesk.identity.Memberships.Member;
import io.connectdesk.web.PageController;

import java.util.Locale;

/** The customer admin's page of their organization's people, where they mark approvers. */
@PageController
class OrganizationPages {

	private final OrganizationPeople people;

	private final MessageSource messages;

	OrganizationPages(OrganizationPeople people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/organization/people")
	String people(@RequestParam(required = false) Long customerId, Caller caller, Model model) {
		Long customer = customerId != null ? customerId : caller.customerId();
		model.addAttribute("people", this.people.people(caller, customer));
		model.addAttribute("customerId", customer);
		return "access/people";
	}

	@PostMapping("/organization/people/{userId}/approver")
	String approver(@PathVariable Long userId, @RequestParam boolean approver, Caller caller, Locale locale,
			RedirectAttributes flash) {
		Member member = this.people.setApprover(caller, userId, approver);
		flash.addFlashAttribute("notice", this.messages.getMessage(approver ? "people.granted" : "people.revoked",
				new Object[] { member.name() }, locale));
		return caller.customerId() == null ? "redirect:/organization/people?customerId=" + member.customerId()
				: "redirect:/organization/people";
	}

}
