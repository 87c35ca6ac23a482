package io.connectdesk.customer;

import java.util.List;

/** A customer as the admin's list shows it. */
public record CustomerSummary(Long id, String name, ServicePlan plan, List<String> domains, int environments) {
}
