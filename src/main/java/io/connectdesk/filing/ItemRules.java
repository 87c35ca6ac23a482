package io.connectdesk.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.connectdesk.billing.CostChange;
import io.connectdesk.billing.Inventory;
import io.connectdesk.catalog.ActivationSizing;
import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.SizingResult;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.RequestedItem;
import io.connectdesk.ticket.TicketItemView;
import io.connectdesk.ticket.TicketType;

/**
 * The catalog's rules for a filing request, checked before anything is stored; every problem names
 * its field ({@code items[1].environments[0]}, {@code items[0].parameters.baseCapacity}):
 * <ul>
 * <li>activation, deactivation and additional environment name their components in {@code items},
 * not in {@code components}/{@code environments}; so do changes that name items; other types name no
 * items and no sizing;</li>
 * <li>each item's component exists in the catalog (an activation's must be active), and each of its
 * environments is one of the customer's;</li>
 * <li>an activation's or additional environment's parameters pass the catalog's validation;</li>
 * <li>a deactivation names only components the customer has, active today, in that environment; its
 * parameters are kept as given (they may say which one of several) and not validated;</li>
 * <li>an infrastructure or security change may name items (a free-text change names none): only components
 * the customer has, active today, in each environment named, with the new parameters, which pass the
 * catalog's validation; a change adds or removes nothing, so it is not costed ({@code NONE});</li>
 * <li>an additional environment has an {@code environment} item whose {@code environmentName} is a
 * new key; its own environments default to that key, and other items may name it (priced as
 * ADDITIONAL);</li>
 * <li>a service activation gives {@code sizing}; its items are {@link ActivationSizing}'s bill.</li>
 * </ul>
 */
@Component
class ItemRules {

	private final Catalog catalog;

	private final ItemEnvironments environments;

	private final Inventory inventory;

	private final ActivationSizing sizing;

	private final Clock clock;

	ItemRules(Catalog catalog, ItemEnvironments environments, Inventory inventory, ActivationSizing sizing, Clock clock) {
		this.catalog = catalog;
		this.environments = environments;
		this.inventory = inventory;
		this.sizing = sizing;
		this.clock = clock;
	}

	/** @throws InvalidInputException naming every bad field */
	CheckedRequest check(FileTicket request, Long customerId) {
		List<FieldProblem> problems = new ArrayList<>();
		CheckedRequest checked = switch (request.type()) {
			case SERVICE_ACTIVATION -> serviceActivation(request, problems);
			case COMPONENT_ACTIVATION, COMPONENT_DEACTIVATION, ADDITIONAL_ENVIRONMENT -> items(request, customerId, problems);
			case INFRASTRUCTURE_CHANGE, SECURITY_CHANGE -> request.itemsOrEmpty().isEmpty() ? noItems(request, problems)
					: items(request, customerId, problems);
			default -> noItems(request, problems);
		};
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return checked;
	}

	private CheckedRequest serviceActivation(FileTicket request, List<FieldProblem> problems) {
		refuseFreeKeys(request, problems);
		if (!request.itemsOrEmpty().isEmpty()) {
			problems.add(new FieldProblem("items", "A service activation's items come from its sizing: leave items out"));
		}
		if (request.sizing() == null) {
			problems.add(new FieldProblem("sizing", "Give the sizing of the service activation"));
			return CheckedRequest.none();
		}
		SizingResult result = this.sizing.size(request.sizing());
		List<TicketItemView> items = result.bill()
			.stream()
			.map(line -> CheckedRequest.item(line.componentKey(), line.environmentKey(), line.environmentKind(),
					line.parameters()))
			.toList();
		return new CheckedRequest(items, CostChange.Direction.ADD, result);
	}

	private static CheckedRequest noItems(FileTicket request, List<FieldProblem> problems) {
		if (!request.itemsOrEmpty().isEmpty()) {
			problems.add(new FieldProblem("items",
					"Only activation, deactivation, additional-environment and change tickets name catalog items"));
		}
		if (request.sizing() != null) {
			problems.add(new FieldProblem("sizing", "Only a service activation has a sizing"));
		}
		return CheckedRequest.none();
	}

	private CheckedRequest items(FileTicket request, Long customerId, List<FieldProblem> problems) {
		refuseFreeKeys(request, problems);
		if (request.sizing() != null) {
			problems.add(new FieldProblem("sizing", "Only a service activation has a sizing"));
		}
		List<RequestedItem> requested = request.itemsOrEmpty();
		if (requested.isEmpty()) {
			problems.add(new FieldProblem("items", "Choose at least one component"));
		}
		Map<String, EnvironmentKind> environments = this.environments.of(request, customerId, problems);
		Set<String> held = mustHold(request.type()) ? held(customerId) : Set.of();
		List<TicketItemView> items = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			items.addAll(item(request.type(), requested.get(i), "items[" + i + "]", environments, held, problems));
		}
		if (request.type() == TicketType.ADDITIONAL_ENVIRONMENT
				&& requested.stream().noneMatch(item -> ItemEnvironments.ENVIRONMENT_COMPONENT.equals(item.component()))) {
			problems.add(new FieldProblem("items",
					"An additional environment names the component " + ItemEnvironments.ENVIRONMENT_COMPONENT));
		}
		return new CheckedRequest(items, direction(request.type()), null);
	}

	private static CostChange.Direction direction(TicketType type) {
		if (type == TicketType.COMPONENT_DEACTIVATION) {
			return CostChange.Direction.REMOVE;
		}
		return type.changesItems() ? CostChange.Direction.NONE : CostChange.Direction.ADD;
	}

	/** Deactivations and changes name only what the customer has. */
	private static boolean mustHold(TicketType type) {
		return type == TicketType.COMPONENT_DEACTIVATION || type.changesItems();
	}

	private List<TicketItemView> item(TicketType type, RequestedItem item, String field,
			Map<String, EnvironmentKind> environments, Set<String> held, List<FieldProblem> problems) {
		Optional<ComponentView> component = this.catalog.component(item.component());
		if (component.isEmpty() || (!component.get().active() && !mustHold(type))) {
			problems.add(new FieldProblem(field + ".component", "No active catalog component " + item.component()));
			return List.of();
		}
		if (type != TicketType.COMPONENT_DEACTIVATION) {
			problems.addAll(this.catalog.validate(item.component(), item.parametersOrEmpty(), field + ".parameters"));
		}
		List<String> named = ItemEnvironments.named(type, item);
		if (named.isEmpty()) {
			problems.add(new FieldProblem(field + ".environments", "Choose at least one environment"));
		}
		List<TicketItemView> views = new ArrayList<>();
		for (int j = 0; j < named.size(); j++) {
			String environment = named.get(j);
			EnvironmentKind kind = environments.get(environment);
			if (kind == null) {
				problems.add(new FieldProblem(field + ".environments[" + j + "]",
						"Not one of your environments: " + environment));
			}
			else if (mustHold(type) && !held.contains(heldKey(item.component(), environment))) {
				problems.add(new FieldProblem(field + ".environments[" + j + "]", "You have no " + item.component() + " in "
						+ environment + (type.changesItems() ? " to change" : " to deactivate")));
			}
			else {
				views.add(CheckedRequest.item(item.component(), environment, kind, item.parametersOrEmpty()));
			}
		}
		return views;
	}

	private Set<String> held(Long customerId) {
		return this.inventory.activeOn(customerId, LocalDate.now(this.clock))
			.stream()
			.map(item -> heldKey(item.componentKey(), item.environmentKey()))
			.collect(Collectors.toSet());
	}

	private static String heldKey(String component, String environment) {
		return component + "@" + environment;
	}

	private static void refuseFreeKeys(FileTicket request, List<FieldProblem> problems) {
		if (!request.componentsOrEmpty().isEmpty()) {
			problems.add(new FieldProblem("components", "Name the components in items, with environments and parameters"));
		}
		if (!request.environmentsOrEmpty().isEmpty()) {
			problems.add(new FieldProblem("environments", "Name the environments of each item in items"));
		}
	}

}
