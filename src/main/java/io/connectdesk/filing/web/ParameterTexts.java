package io.connectdesk.filing.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.connectdesk.catalog.Parameter;
import io.connectdesk.catalog.ParameterType;

/**
 * A form's parameter texts as the JSON values the API takes: lists one entry per line, whole
 * numbers as numbers, check boxes as booleans; blank fields are left out (a required one is then
 * reported missing by the catalog).
 */
final class ParameterTexts {

	private ParameterTexts() {
	}

	static Map<String, Object> values(List<Parameter> definitions, Map<String, String> typed) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Parameter definition : definitions) {
			String text = typed.get(definition.name());
			if (text != null && !text.isBlank()) {
				values.put(definition.name(), value(definition.type(), text.strip()));
			}
		}
		return values;
	}

	private static Object value(ParameterType type, String text) {
		if (type.isList()) {
			return Arrays.stream(text.split("[,\\r\\n]+")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
		}
		if (type == ParameterType.BOOLEAN) {
			return Boolean.valueOf(text);
		}
		if (type == ParameterType.INTEGER && text.matches("-?\\d{1,18}")) {
			return Long.valueOf(text);
		}
		return text;
	}

	/** How a list typed in a text area shows again: one entry per line. */
	static String text(Object value) {
		return value instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList())
				: String.valueOf(value);
	}

}
