package io.connectdesk.customer;

/**
 * Published in the transaction of every change an admin makes to a customer, its contract or its
 * environments, with the customer as it was and as it is. {@code before} is {@code null} on creation.
 */
public record CustomerChanged(Long customerId, Action action, Actor actor, CustomerDetail before,
		CustomerDetail after) {

	public static final String ENTITY_TYPE = "customer";

	public enum Action {

		CREATED, CONTRACT_CHANGED, ENVIRONMENT_ADDED, ENVIRONMENT_REMOVED

	}

}
