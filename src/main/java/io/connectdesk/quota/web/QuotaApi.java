package io.connectdesk.quota.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.quota.PeriodHistory;
import io.connectdesk.quota.QuotaStatus;
import io.connectdesk.quota.UrgentQuotas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Urgent quota", description = "Urgent slots per period: what is used and left, and who used them")
class QuotaApi {

	private final UrgentQuotas quotas;

	QuotaApi(UrgentQuotas quotas) {
		this.quotas = quotas;
	}

	@GetMapping("/api/v1/quota")
	@Operation(summary = "Your organization's urgent quota in the current period",
			description = "Slots, used, left, and when the period starts and ends. 403 for staff, who have none.")
	QuotaStatus mine(Caller caller) {
		return this.quotas.statusFor(caller);
	}

	@GetMapping("/api/v1/quota/history")
	@Operation(summary = "Your organization's quota periods, the current one first, with the tickets that took, "
			+ "gave back or were refused a slot")
	List<PeriodHistory> myHistory(Caller caller) {
		return this.quotas.historyFor(caller);
	}

	@GetMapping("/api/v1/admin/customers/{id}/quota")
	@Operation(summary = "A customer's urgent quota periods, the current one first (ADMIN only)")
	List<PeriodHistory> ofCustomer(@PathVariable Long id) {
		return this.quotas.history(id);
	}

}
