package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.connectdesk.customer.EnvironmentKind;

/**
 * A catalog data file ({@code catalog/catalog-v<N>.json}) as read.
 * @param exampleValues {@code true} while the MRU figures are examples, not the service's real ones
 * @param pricesEffectiveFrom the day the file's prices take effect
 */
record CatalogFile(int version, boolean exampleValues, String note, LocalDate pricesEffectiveFrom, List<Rate> rates,
		List<Entry> components) {

	record Rate(BigDecimal usdPerMru, LocalDate effectiveFrom) {
	}

	record Entry(String key, ComponentCategory category, AdapterKind adapter, LocalizedText name,
			LocalizedText description, Map<EnvironmentKind, BigDecimal> monthlyMru, List<Parameter> parameters) {

		Entry {
			parameters = parameters == null ? List.of() : List.copyOf(parameters);
		}

	}

}
