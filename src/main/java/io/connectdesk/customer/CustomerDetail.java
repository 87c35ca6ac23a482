package io.connectdesk.customer;

import java.time.Instant;
import java.util.List;

/** A customer with its contract and environments: what the admin edits, and what the audit log keeps. */
public record CustomerDetail(Long id, String name, Instant createdAt, ContractView contract,
		List<EnvironmentView> environments) {
}
