package io.connectdesk.ticket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.Parameter;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.EnvironmentView;
import io.connectdesk.ticket.TicketDetail;

/**
 * The words a ticket page shows instead of keys: a component's catalog name, a parameter's label and an
 * environment's name in the reader's language ({@code environment.<key>} in the bundles, else the customer's own
 * name for it, else its key).
 */
@Component
class ItemLabels {

	private final Catalog catalog;

	private final Customers customers;

	private final MessageSource messages;

	ItemLabels(Catalog catalog, Customers customers, MessageSource messages) {
		this.catalog = catalog;
		this.customers = customers;
		this.messages = messages;
	}

	Labels of(TicketDetail ticket, Locale locale) {
		Map<String, String> environments = new LinkedHashMap<>();
		List<EnvironmentView> own = this.customers.customerNamed(ticket.customer())
			.map(this.customers::environmentsOf)
			.orElse(List.of());
		own.forEach(environment -> environments.put(environment.key(), environment.displayName()));
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
		ticket.items().forEach(item -> {
			Optional<ComponentView> component = this.catalog.component(item.componentKey());
			component.ifPresent(view -> {
				names.put(view.key(), view.name().in(locale));
				Map<String, String> labels = new LinkedHashMap<>();
				view.parameters().forEach(parameter -> labels.put(parameter.name(), label(parameter, locale)));
				parameters.put(view.key(), labels);
			});
			environments.putIfAbsent(item.environmentKey(), item.environmentKey());
		});
		ticket.environments().forEach(key -> environments.putIfAbsent(key, key));
		environments.replaceAll((key, name) -> this.messages.getMessage("environment." + key, null, name, locale));
		return new Labels(names, parameters, environments);
	}

	private static String label(Parameter parameter, Locale locale) {
		return parameter.label() == null ? parameter.name() : parameter.label().in(locale);
	}

	/** The names a ticket page uses, each falling back to the key it stands for. */
	public record Labels(Map<String, String> components, Map<String, Map<String, String>> parameters,
			Map<String, String> environments) {

		public String component(String key) {
			return this.components.getOrDefault(key, key);
		}

		public String parameter(String component, String name) {
			return this.parameters.getOrDefault(component, Map.of()).getOrDefault(name, name);
		}

		public String environment(String key) {
			return this.environments.getOrDefault(key, key);
		}

		/** Whether a parameter's value is a list, shown as one. */
		public boolean isList(Object value) {
			return value instanceof List<?>;
		}

		public boolean isYesNo(Object value) {
			return value instanceof Boolean;
		}

	}

}
