package io.connectdesk.provisioning;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An item's request parameters as they travel in a process variable: a JSON object of strings, numbers,
 * booleans and lists of strings. Plain JSON, so any worker reads it without the application's context.
 */
final class ItemParameters {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private ItemParameters() {
	}

	static String write(Map<String, Object> parameters) {
		try {
			return JSON.writeValueAsString(new TreeMap<>(parameters));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Parameters are not serializable", ex);
		}
	}

	/** @return the parameters; empty for none (a variable set before parameters travelled) */
	static Map<String, Object> read(String parameters) {
		if (parameters == null || parameters.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(parameters, OBJECT);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Parameters are not a JSON object: " + parameters, ex);
		}
	}

}
