package io.connectdesk.customer;

import java.util.List;

/** A customer's contract as it stands: corporate e-mail domains, service level and urgent quota. */
public record ContractView(List<String> domains, ServicePlan plan, UrgentQuota urgentQuota) {
}
