package io.connectdesk.billing;

import java.util.List;

import io.connectdesk.customer.EnvironmentKind;

/**
 * A requested change to a customer's components, as the cost preview prices it.
 * @param direction whether the items are added, removed, or the change leaves the cost as it is
 * @param items one per component per environment
 */
public record CostChange(Direction direction, List<Item> items) {

	public CostChange {
		items = items == null ? List.of() : List.copyOf(items);
	}

	public static CostChange none() {
		return new CostChange(Direction.NONE, List.of());
	}

	public enum Direction {

		/** Activation: the items add to the monthly cost. */
		ADD,
		/** Deactivation: the items no longer count. */
		REMOVE,
		/** The ticket changes no component (a question, an access request...). */
		NONE

	}

	/** One component in one environment; the kind decides its price. */
	public record Item(String componentKey, String environmentKey, EnvironmentKind environmentKind) {
	}

}
