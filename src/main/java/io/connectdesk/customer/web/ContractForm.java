package io.connectdesk.customer.web;

import java.util.Arrays;
import java.util.List;

import io.connectdesk.customer.ContractTerms;
import io.connectdesk.customer.CustomerDetail;
import io.connectdesk.customer.NewCustomer;
import io.connectdesk.customer.ServicePlan;

/** A customer's name and contract terms as the browser sends them: domains typed as text. */
class ContractForm {

	private String name;

	private String domains;

	private ServicePlan plan = ServicePlan.STANDARD;

	private Integer urgentSlots = 0;

	private String quotaPeriod = "P1M";

	private String timeZone = "UTC";

	static ContractForm of(CustomerDetail customer) {
		ContractForm form = new ContractForm();
		form.name = customer.name();
		form.domains = String.join("\n", customer.contract().domains());
		form.plan = customer.contract().plan();
		form.urgentSlots = customer.contract().urgentQuota().slots();
		form.quotaPeriod = customer.contract().urgentQuota().period().toString();
		form.timeZone = customer.contract().urgentQuota().zone().getId();
		return form;
	}

	/** The API's commands; their annotations decide what is valid. */
	ContractTerms toTerms() {
		return new ContractTerms(entries(this.domains), this.plan, this.urgentSlots, blankToNull(this.quotaPeriod),
				this.timeZone == null ? null : this.timeZone.strip());
	}

	NewCustomer toNewCustomer() {
		return new NewCustomer(this.name, toTerms());
	}

	private static List<String> entries(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\s]+")).filter(entry -> !entry.isEmpty()).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDomains() {
		return this.domains;
	}

	public void setDomains(String domains) {
		this.domains = domains;
	}

	public ServicePlan getPlan() {
		return this.plan;
	}

	public void setPlan(ServicePlan plan) {
		this.plan = plan;
	}

	public Integer getUrgentSlots() {
		return this.urgentSlots;
	}

	public void setUrgentSlots(Integer urgentSlots) {
		this.urgentSlots = urgentSlots;
	}

	public String getQuotaPeriod() {
		return this.quotaPeriod;
	}

	public void setQuotaPeriod(String quotaPeriod) {
		this.quotaPeriod = quotaPeriod;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

}
