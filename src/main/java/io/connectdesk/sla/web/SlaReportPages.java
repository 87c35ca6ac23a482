package io.connectdesk.sla.web;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.sla.ServiceLevelReports;
import io.connectdesk.sla.SlaReport;
import io.connectdesk.web.PageController;

/** The monthly report as a page and as CSV: a customer's people at /sla, staff at the customer's admin address. */
@PageController
class SlaReportPages {

	private static final String PAGE = "sla/report";

	private final ServiceLevelReports reports;

	private final Clock clock;

	SlaReportPages(ServiceLevelReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/sla")
	String own(@RequestParam(required = false) String month, Caller caller, Model model) {
		YearMonth current = this.reports.currentMonth(caller.customerId(), this.clock.instant());
		return page(month, current, parsed -> this.reports.own(caller, parsed), "/sla", model);
	}

	@GetMapping("/sla.csv")
	ResponseEntity<String> ownCsv(@RequestParam(required = false) String month, Caller caller) {
		YearMonth current = this.reports.currentMonth(caller.customerId(), this.clock.instant());
		return ReportCsv.download(this.reports.own(caller, Months.parse(month, current)));
	}

	@GetMapping("/admin/customers/{id}/sla")
	String of(@PathVariable Long id, @RequestParam(required = false) String month, Caller caller, Model model) {
		YearMonth current = this.reports.currentMonth(id, this.clock.instant());
		return page(month, current, parsed -> this.reports.of(id, parsed, caller), "/admin/customers/" + id + "/sla", model);
	}

	@GetMapping("/admin/customers/{id}/sla.csv")
	ResponseEntity<String> ofCsv(@PathVariable Long id, @RequestParam(required = false) String month, Caller caller) {
		return ReportCsv.download(this.reports.of(id, Months.parse(month, this.reports.currentMonth(id, this.clock.instant())), caller));
	}

	private static String page(String month, YearMonth current, java.util.function.Function<YearMonth, SlaReport> report,
			String address, Model model) {
		YearMonth shown = current;
		try {
			shown = Months.parse(month, current);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("badMonth", month);
		}
		model.addAttribute("report", report.apply(shown));
		model.addAttribute("address", address);
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		return PAGE;
	}

}
