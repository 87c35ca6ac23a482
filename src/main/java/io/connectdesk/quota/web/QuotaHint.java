package io.connectdesk.quota.web;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.quota.QuotaStatus;
import io.connectdesk.quota.UrgentQuotas;

/**
 * The slots left, for the new-ticket form ({@code ${@urgentQuotaHint.of(me)}}): the ticket module
 * renders the form but does not depend on the quota module.
 */
@Component("urgentQuotaHint")
public class QuotaHint {

	private final UrgentQuotas quotas;

	QuotaHint(UrgentQuotas quotas) {
		this.quotas = quotas;
	}

	/** The caller's customer's quota now; {@code null} for staff, who file no tickets. */
	public QuotaStatus of(Caller caller) {
		return caller == null || caller.customerId() == null ? null : this.quotas.status(caller.customerId());
	}

}
