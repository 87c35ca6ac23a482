package io.connectdesk.provisioning;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An adapter's outputs as they travel in a process variable and rest in {@code provisioning_item.outputs}: a JSON object of strings. */
@Component
class ItemOutputs {

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final ObjectMapper json;

	ItemOutputs(ObjectMapper json) {
		this.json = json;
	}

	String write(Map<String, String> outputs) {
		try {
			return this.json.writeValueAsString(new TreeMap<>(outputs));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Outputs are not serializable", ex);
		}
	}

	Map<String, String> read(String outputs) {
		if (outputs == null || outputs.isBlank()) {
			return Map.of();
		}
		try {
			return this.json.readValue(outputs, STRINGS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Outputs are not a JSON object of strings: " + outputs, ex);
		}
	}

	static String summary(Map<String, String> outputs) {
		return new TreeMap<>(outputs).entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

}
