package io.connectdesk.quota.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.connectdesk.common.Caller;
import io.connectdesk.customer.Contracts;
import io.connectdesk.quota.PeriodHistory;
import io.connectdesk.quota.QuotaStatus;
import io.connectdesk.quota.UrgentQuotas;
import io.connectdesk.web.PageController;

/** A customer's urgent quota: its people see their own, admins any customer's. */
@PageController
class QuotaPages {

	private static final String VIEW = "quota/quota";

	private final UrgentQuotas quotas;

	private final Contracts contracts;

	QuotaPages(UrgentQuotas quotas, Contracts contracts) {
		this.quotas = quotas;
		this.contracts = contracts;
	}

	@GetMapping("/quota")
	String mine(Caller caller, Model model) {
		QuotaStatus status = this.quotas.statusFor(caller);
		return page(status, this.quotas.history(status.customerId()), false, model);
	}

	@GetMapping("/admin/customers/{id}/quota")
	String ofCustomer(@PathVariable Long id, Model model) {
		QuotaStatus status = this.quotas.status(id);
		return page(status, this.quotas.history(id), true, model);
	}

	private String page(QuotaStatus status, List<PeriodHistory> history, boolean admin, Model model) {
		model.addAttribute("customerName", this.contracts.detail(status.customerId()).name());
		model.addAttribute("quota", status);
		model.addAttribute("current", PeriodView.of(history.get(0)));
		model.addAttribute("previous", history.stream().skip(1).map(PeriodView::of).toList());
		model.addAttribute("admin", admin);
		return VIEW;
	}

}
