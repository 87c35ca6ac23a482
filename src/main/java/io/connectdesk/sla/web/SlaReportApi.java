package io.connectdesk.sla.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.sla.ServiceLevelReports;
import io.connectdesk.sla.SlaReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Clock;

@RestController
@Tag(name = "Service levels", description = "Monthly service-level reports: share of targets met, every breach")
class SlaReportApi {

	private final ServiceLevelReports reports;

	private final Clock clock;

	SlaReportApi(ServiceLevelReports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/api/v1/sla-report")
	@Operation(summary = "Your organization's report for a month (2026-11; default: this month)",
			description = "For a customer's people; staff use the admin variant. 400 names a bad month.")
	SlaReport own(@RequestParam(required = false) String month, Caller caller) {
		return this.reports.own(caller, Months.parse(month, this.reports.currentMonth(caller.customerId(), this.clock.instant())));
	}

	@GetMapping("/api/v1/admin/customers/{id}/sla-report")
	@Operation(summary = "A customer's report for a month", description = "Admins and SREs; 404 for an unknown customer.")
	SlaReport of(@PathVariable Long id, @RequestParam(required = false) String month, Caller caller) {
		return this.reports.of(id, Months.parse(month, this.reports.currentMonth(id, this.clock.instant())), caller);
	}

}
