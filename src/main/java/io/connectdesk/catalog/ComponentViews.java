package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.customer.EnvironmentKind;

/** Turns component rows into views: the parameter definitions from their JSON, the prices in force. */
@Component
class ComponentViews {

	private static final TypeReference<List<Parameter>> PARAMETERS = new TypeReference<>() {
	};

	private final CatalogPriceRepository prices;

	private final ObjectMapper json;

	ComponentViews(CatalogPriceRepository prices, ObjectMapper json) {
		this.prices = prices;
		this.json = json;
	}

	ComponentView of(CatalogComponent component, LocalDate day) {
		Map<EnvironmentKind, BigDecimal> mru = new EnumMap<>(EnvironmentKind.class);
		for (EnvironmentKind kind : EnvironmentKind.values()) {
			this.prices
				.findFirstByComponentKeyAndEnvironmentKindAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
						component.getKey(), kind, day)
				.ifPresent(price -> mru.put(kind, price.getMonthlyMru()));
		}
		return new ComponentView(component.getKey(), component.getCategory(), component.getAdapterKind(),
				component.name(), component.description(), component.isActive(), mru, parametersOf(component));
	}

	List<Parameter> parametersOf(CatalogComponent component) {
		try {
			return this.json.readValue(component.getParametersJson(), PARAMETERS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable parameters of component " + component.getKey(), ex);
		}
	}

	String toJson(List<Parameter> parameters) {
		try {
			return this.json.writeValueAsString(parameters);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write parameters as JSON", ex);
		}
	}

}
