package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.connectdesk.common.InvalidInputException.FieldProblem;

/**
 * Checks a request's parameters against a component's definitions: unknown names, missing required
 * ones, each value against its type, and the cross-field rules ({@link Parameter#atLeast()}).
 * Field paths are {@code <prefix>.<name>}, and {@code <prefix>.<name>[i]} for one item of a list.
 */
final class ParameterRules {

	static final int MAX_TEXT = 200;

	static final int MAX_ITEMS = 100;

	private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

	private ParameterRules() {
	}

	static List<FieldProblem> check(List<Parameter> definitions, Map<String, Object> values, String prefix) {
		Map<String, Object> given = values == null ? Map.of() : values;
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Long> integers = new HashMap<>();
		given.keySet().stream()
			.filter(name -> definitions.stream().noneMatch(definition -> definition.name().equals(name)))
			.sorted()
			.forEach(name -> problems.add(new FieldProblem(path(prefix, name), "Not a parameter of this component")));
		for (Parameter definition : definitions) {
			Object value = given.get(definition.name());
			String field = path(prefix, definition.name());
			if (isAbsent(value)) {
				if (definition.required()) {
					problems.add(new FieldProblem(field, "Required"));
				}
				continue;
			}
			List<FieldProblem> found = definition.type().isList() ? checkList(definition, value, field)
					: checkValue(definition, value, field);
			problems.addAll(found);
			if (found.isEmpty() && definition.type() == ParameterType.INTEGER) {
				integers.put(definition.name(), integer(value));
			}
		}
		for (Parameter definition : definitions) {
			Long value = integers.get(definition.name());
			Long floor = definition.atLeast() == null ? null : integers.get(definition.atLeast());
			if (value != null && floor != null && value < floor) {
				problems.add(new FieldProblem(path(prefix, definition.name()),
						"Must be at least " + definition.atLeast() + " (" + floor + ")"));
			}
		}
		return problems;
	}

	private static List<FieldProblem> checkValue(Parameter definition, Object value, String field) {
		String problem = switch (definition.type()) {
			case STRING -> text(value, definition.pattern());
			case INTEGER -> integerProblem(value, definition);
			case BOOLEAN -> value instanceof Boolean || "true".equals(value) || "false".equals(value) ? null
					: "Must be true or false";
			case ENUM -> value instanceof String text && definition.values().contains(text) ? null
					: "Must be one of " + String.join(", ", definition.values());
			case IPV4 -> value instanceof String text && ValueFormats.isIpv4(text) ? null
					: "Must be an IPv4 address such as 203.0.113.10";
			default -> throw new IllegalStateException("Not a single-value type: " + definition.type());
		};
		return problem == null ? List.of() : List.of(new FieldProblem(field, problem));
	}

	private static List<FieldProblem> checkList(Parameter definition, Object value, String field) {
		List<?> items = items(value);
		if (items == null) {
			return List.of(new FieldProblem(field, "Must be a list of texts"));
		}
		if (items.size() > MAX_ITEMS) {
			return List.of(new FieldProblem(field, "At most " + MAX_ITEMS + " items"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String problem = item(definition, items.get(i));
			if (problem != null) {
				problems.add(new FieldProblem(field + "[" + i + "]", problem));
			}
		}
		return problems;
	}

	private static String item(Parameter definition, Object item) {
		if (!(item instanceof String text) || text.isBlank()) {
			return "Must be a non-blank text";
		}
		return switch (definition.type()) {
			case EMAIL_LIST -> ValueFormats.isEmail(text) ? null : "Not an e-mail address: " + text;
			case DNS_NAME_LIST -> ValueFormats.isDnsName(text) ? null : "Not a DNS name: " + text;
			case CIDR_LIST -> ValueFormats.isCidr(text) ? null : "Not an IPv4 network such as 10.1.0.0/16: " + text;
			case URL_LIST -> ValueFormats.isHttpsUrl(text) ? null : "Not an https:// URL: " + text;
			case STRING_LIST -> text(text, definition.pattern());
			default -> throw new IllegalStateException("Not a list type: " + definition.type());
		};
	}

	private static String text(Object value, String pattern) {
		if (!(value instanceof String text) || text.isBlank()) {
			return "Must be a non-blank text";
		}
		if (text.length() > MAX_TEXT) {
			return "At most " + MAX_TEXT + " characters";
		}
		return pattern == null || text.matches(pattern) ? null : "Must match " + pattern;
	}

	private static String integerProblem(Object value, Parameter definition) {
		Long number = integer(value);
		if (number == null) {
			return "Must be a whole number";
		}
		if (definition.min() != null && number < definition.min()) {
			return "Must be at least " + definition.min();
		}
		if (definition.max() != null && number > definition.max()) {
			return "Must be at most " + definition.max();
		}
		return null;
	}

	/** A JSON whole number or a numeric string; {@code null} for anything else (fractions, booleans...). */
	static Long integer(Object value) {
		try {
			if (value instanceof Integer || value instanceof Long || value instanceof Short) {
				return ((Number) value).longValue();
			}
			if (value instanceof Number number) {
				return new BigDecimal(number.toString()).longValueExact();
			}
			if (value instanceof String text && text.strip().matches("-?\\d{1,18}")) {
				return Long.parseLong(text.strip());
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
		return null;
	}

	/** A JSON array, or one text with the items separated by commas or whitespace; {@code null} otherwise. */
	private static List<?> items(Object value) {
		if (value instanceof List<?> list) {
			return list;
		}
		if (value instanceof String text) {
			return Arrays.stream(LIST_SEPARATOR.split(text.strip())).filter(item -> !item.isEmpty()).toList();
		}
		return null;
	}

	private static boolean isAbsent(Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty());
	}

	private static String path(String prefix, String name) {
		return prefix == null || prefix.isEmpty() ? name : prefix + "." + name;
	}

}
