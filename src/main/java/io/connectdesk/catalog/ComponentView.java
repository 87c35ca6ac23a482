package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.connectdesk.customer.EnvironmentKind;

/**
 * A component of the catalog as other modules and the API see it.
 * @param key the stable key tickets name it by, such as {@code container-service}
 * @param adapterKind the provisioning adapter that fulfils it
 * @param active whether new requests may ask for it (an admin retires a component by deactivating it)
 * @param monthlyMru the MRU per month in force today, per environment kind
 * @param parameters what a request for it must (or may) give
 */
public record ComponentView(String key, ComponentCategory category, AdapterKind adapterKind, LocalizedText name,
		LocalizedText description, boolean active, Map<EnvironmentKind, BigDecimal> monthlyMru,
		List<Parameter> parameters) {
}
