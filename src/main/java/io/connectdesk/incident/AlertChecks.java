package io.connectdesk.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.UnprocessableException;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.customer.EnvironmentView;
import io.connectdesk.customer.ServicePlan;

/**
 * Checks a delivery of alerts against the integration's customer before anything is stored: every
 * alert needs a fingerprint, a status, a {@code component} label naming a catalog component and an
 * {@code environment} label naming one of the customer's environments; a {@code customer} label, when
 * present, must name the integration's own customer. One bad alert refuses the whole delivery.
 */
@Component
class AlertChecks {

	/** The code of a delivery naming another customer. */
	static final String FOREIGN = "alert-foreign-customer";

	static final int MOST_ALERTS = 1_000;

	private final Catalog catalog;

	private final Customers customers;

	private final Contracts contracts;

	AlertChecks(Catalog catalog, Customers customers, Contracts contracts) {
		this.catalog = catalog;
		this.customers = customers;
		this.contracts = contracts;
	}

	/** What the intake needs to know of the customer, once the delivery is found good. */
	CustomerFacts check(Long customerId, List<Alert> alerts) {
		if (alerts.isEmpty() || alerts.size() > MOST_ALERTS) {
			throw InvalidInputException.of("alerts", "Send from 1 to " + MOST_ALERTS + " alerts");
		}
		String customerName = this.customers.nameOf(customerId);
		Map<String, EnvironmentKind> environments = new HashMap<>();
		for (EnvironmentView environment : this.customers.environmentsOf(customerId)) {
			environments.put(environment.key(), environment.kind());
		}
		Map<String, Boolean> components = new HashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < alerts.size(); i++) {
			Alert alert = alerts.get(i);
			String at = "alerts[" + i + "]";
			String customer = alert.label(Alert.CUSTOMER);
			if (customer != null && !customer.strip().equalsIgnoreCase(customerName)) {
				throw new UnprocessableException(FOREIGN, "An alert names a customer other than the integration's");
			}
			if (alert.fingerprint() == null || alert.fingerprint().isBlank() || alert.fingerprint().length() > 100) {
				problems.add(new FieldProblem(at + ".fingerprint", "Give the alert's fingerprint (at most 100 characters)"));
			}
			if (alert.status() == null) {
				problems.add(new FieldProblem(at + ".status", "The status is firing or resolved"));
			}
			String component = alert.label(Alert.COMPONENT);
			if (component == null || !components.computeIfAbsent(component, key -> this.catalog.component(key).isPresent())) {
				problems.add(new FieldProblem(at + ".labels.component", "Name a catalog component in the label component"));
			}
			if (!environments.containsKey(alert.label(Alert.ENVIRONMENT))) {
				problems.add(new FieldProblem(at + ".labels.environment", "Name one of the customer's environments in the label environment"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new CustomerFacts(customerId, this.contracts.detail(customerId).contract().plan(), environments);
	}

	/** The customer's plan and the kinds of its environments by key. */
	record CustomerFacts(Long customerId, ServicePlan plan, Map<String, EnvironmentKind> environments) {

		boolean isProduction(String environment) {
			return this.environments.get(environment) == EnvironmentKind.PRODUCTION;
		}

	}

}
