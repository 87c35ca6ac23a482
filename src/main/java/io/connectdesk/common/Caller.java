package io.connectdesk.common;

import java.io.Serializable;
import java.util.Set;

/**
 * The person behind a request, as every module sees it. Services take a caller and scope every
 * query with it: a customer user sees only their customer's data, staff see all customers.
 *
 * @param customerId the customer the person belongs to; {@code null} for service staff
 */
public record Caller(Long userId, String email, String name, Long customerId, Set<Role> roles) implements Serializable {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isStaff() {
		return this.customerId == null && this.roles.stream().anyMatch(Role::isStaff);
	}

	/** Whether this caller may see data of that customer at all. */
	public boolean canSee(Long customerId) {
		return isStaff() || (this.customerId != null && this.customerId.equals(customerId));
	}

}
