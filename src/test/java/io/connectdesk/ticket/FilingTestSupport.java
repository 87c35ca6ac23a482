package io.connectdesk.ticket;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.billing.Inventory;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Catalog-driven requests over HTTP. Figures are the catalog's shipped example prices (version 1,
 * in force since 2020-01-01) and its rate of 25 USD per MRU; tests only ever add prices and rates
 * effective in the future, so today's stay put.
 */
abstract class FilingTestSupport extends ApiTestSupport {

	@Autowired
	Inventory inventory;

	/**
	 * container-service in production (10) and pre-production (5), waf in production (5): 20 MRU a
	 * month, 15 in production and 5 in pre-production.
	 */
	void holdsContainersAndWaf(Long customer) {
		LocalDate since = LocalDate.now().minusMonths(2);
		this.inventory.add(customer, "container-service", "production", EnvironmentKind.PRODUCTION, "CD-1", "{}", since);
		this.inventory.add(customer, "container-service", "pre-production", EnvironmentKind.PRE_PRODUCTION, "CD-1", "{}", since);
		this.inventory.add(customer, "waf", "production", EnvironmentKind.PRODUCTION, "CD-2", "{}", since);
	}

	/** A postgresql database in production (12 MRU) and pre-production (6 MRU). */
	static Map<String, Object> databaseActivation(String title) {
		return Map.of("type", "COMPONENT_ACTIVATION", "title", title, "description", "For the orders service.",
				"items", List.of(Map.of("component", "database", "environments", List.of("production", "pre-production"),
						"parameters", Map.of("engine", "postgresql", "storageGb", 50))),
				"urgent", false);
	}

	static Map<String, Object> wafDeactivation(String environment) {
		return Map.of("type", "COMPONENT_DEACTIVATION", "title", "Remove the WAF", "description", "No longer needed.",
				"items", List.of(Map.of("component", "waf", "environments", List.of(environment))), "urgent", false);
	}

}
