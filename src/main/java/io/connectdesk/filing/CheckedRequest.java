package io.connectdesk.filing;

import java.util.List;
import java.util.Map;

import io.connectdesk.billing.CostChange;
import io.connectdesk.catalog.SizingResult;
import io.connectdesk.ticket.TicketItemView;

/**
 * A filing request that passed the catalog's rules: its items, one per component per environment,
 * and the change they make to the customer's components.
 * @param sizing the service activation's sizing; {@code null} for other types
 */
record CheckedRequest(List<TicketItemView> items, CostChange.Direction direction, SizingResult sizing) {

	CostChange change() {
		return new CostChange(this.direction, this.items.stream()
			.map(item -> new CostChange.Item(item.componentKey(), item.environmentKey(), item.environmentKind()))
			.toList());
	}

	static CheckedRequest none() {
		return new CheckedRequest(List.of(), CostChange.Direction.NONE, null);
	}

	static TicketItemView item(String component, String environment, io.connectdesk.customer.EnvironmentKind kind,
			Map<String, Object> parameters) {
		return new TicketItemView(component, environment, kind, parameters);
	}

}
