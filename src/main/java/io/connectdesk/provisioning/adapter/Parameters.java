package io.connectdesk.provisioning.adapter;

import java.util.List;
import java.util.Map;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.provisioning.ProvisioningRequest;

/** Typed reads of a request's parameters; a wrong type is an invalid field, named. */
final class Parameters {

	private final Map<String, Object> values;

	private Parameters(Map<String, Object> values) {
		this.values = values;
	}

	static Parameters of(ProvisioningRequest request) {
		return new Parameters(request.parameters());
	}

	boolean has(String name) {
		return this.values.get(name) != null;
	}

	String text(String name, String fallback) {
		Object value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value.toString().strip();
		}
		throw InvalidInputException.of(name, "Must be a text");
	}

	List<String> texts(String name) {
		Object value = this.values.get(name);
		if (value == null) {
			return List.of();
		}
		if (value instanceof String single) {
			return List.of(single.strip());
		}
		if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
			return list.stream().map(String.class::cast).map(String::strip).toList();
		}
		throw InvalidInputException.of(name, "Must be a list of texts");
	}

	Integer number(String name) {
		Object value = this.values.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return Integer.valueOf(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(name, "Must be a whole number");
		}
	}

	Map<String, Object> all() {
		return this.values;
	}

}
