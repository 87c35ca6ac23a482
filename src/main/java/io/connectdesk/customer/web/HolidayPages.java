package io.connectdesk.customer.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.customer.ContractHolidays;
import io.connectdesk.customer.Contracts;
import io.connectdesk.web.PageController;

/** The admin's page for a contract's holidays: one ISO date per line. */
@PageController
class HolidayPages {

	private static final String PAGE = "customers/holidays";

	private final Contracts contracts;

	private final ContractHolidays holidays;

	private final MessageSource messages;

	HolidayPages(Contracts contracts, ContractHolidays holidays, MessageSource messages) {
		this.contracts = contracts;
		this.holidays = holidays;
		this.messages = messages;
	}

	@GetMapping("/admin/customers/{id}/holidays")
	String show(@PathVariable Long id, Model model) {
		String text = this.holidays.holidaysOf(id).stream().map(Object::toString).collect(Collectors.joining("\n"));
		return page(id, text, null, model);
	}

	@PostMapping("/admin/customers/{id}/holidays")
	String save(@PathVariable Long id, @RequestParam(defaultValue = "") String holidays, Model model,
			RedirectAttributes flash) {
		List<String> entries = Arrays.stream(holidays.split("[,\\s]+")).filter(entry -> !entry.isEmpty()).toList();
		try {
			this.holidays.replace(id, new HolidayList(entries).days());
		}
		catch (InvalidInputException invalid) {
			return page(id, holidays, invalid.fields().get(0).field().replace("holidays[", "").replace("]", ""), model);
		}
		flash.addFlashAttribute("notice", this.messages.getMessage("customers.notice.holidaysSaved", null,
				LocaleContextHolder.getLocale()));
		return "redirect:/admin/customers/" + id + "/holidays";
	}

	/** @param badEntry the index of the first entry that is not a date, or {@code null} */
	private String page(Long id, String text, String badEntry, Model model) {
		model.addAttribute("customer", this.contracts.detail(id));
		model.addAttribute("holidays", text);
		model.addAttribute("badEntry", badEntry == null ? null : Integer.parseInt(badEntry) + 1);
		return PAGE;
	}

}
