package io.connectdesk.filing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.RequestedItem;
import io.connectdesk.ticket.TicketType;

/**
 * Where a filing request's items may live: the customer's environments and, for an additional
 * environment, the new one its {@code environment} item names ({@code parameters.environmentName}, a
 * new key, kind ADDITIONAL). Part of {@link ItemRules}.
 */
@Component
class ItemEnvironments {

	static final String ENVIRONMENT_COMPONENT = "environment";

	static final String ENVIRONMENT_NAME = "environmentName";

	private final Customers customers;

	ItemEnvironments(Customers customers) {
		this.customers = customers;
	}

	/** An additional environment's {@code environment} item lives in the new environment unless it says otherwise. */
	static List<String> named(TicketType type, RequestedItem item) {
		if (type == TicketType.ADDITIONAL_ENVIRONMENT && ENVIRONMENT_COMPONENT.equals(item.component())
				&& item.environmentsOrEmpty().isEmpty() && newEnvironmentName(item).isPresent()) {
			return List.of(newEnvironmentName(item).get());
		}
		return item.environmentsOrEmpty();
	}

	/** The customer's environments, and for an additional environment the new ones it names (kind ADDITIONAL). */
	Map<String, EnvironmentKind> of(FileTicket request, Long customerId, List<FieldProblem> problems) {
		Map<String, EnvironmentKind> environments = new LinkedHashMap<>();
		this.customers.environmentsOf(customerId).forEach(environment -> environments.put(environment.key(), environment.kind()));
		if (request.type() != TicketType.ADDITIONAL_ENVIRONMENT) {
			return environments;
		}
		List<RequestedItem> items = request.itemsOrEmpty();
		Map<String, EnvironmentKind> added = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			if (!ENVIRONMENT_COMPONENT.equals(items.get(i).component())) {
				continue;
			}
			Optional<String> name = newEnvironmentName(items.get(i));
			if (name.isPresent() && environments.containsKey(name.get())) {
				problems.add(new FieldProblem("items[" + i + "].parameters." + ENVIRONMENT_NAME,
						"You already have an environment " + name.get()));
			}
			name.filter(key -> !environments.containsKey(key)).ifPresent(key -> added.put(key, EnvironmentKind.ADDITIONAL));
		}
		environments.putAll(added);
		return environments;
	}

	private static Optional<String> newEnvironmentName(RequestedItem item) {
		return Optional.ofNullable(item.parametersOrEmpty().get(ENVIRONMENT_NAME))
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.map(String::strip)
			.filter(name -> name.matches(FileTicket.KEY));
	}

}
