package io.connectdesk.filing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.connectdesk.catalog.ComponentView;

/**
 * Problems of the request's items, placed beside the form's component fields: {@code items[1].environments[0]}
 * is the environments of the second chosen component, {@code items[0].parameters.storageGb} that parameter's
 * field. Keys: {@code <component>}, {@code <component>.environments}, {@code <component>.parameters.<name>},
 * and {@code items} for the list as a whole. A parameter's problem says which of the catalog's rules it broke.
 */
final class ItemProblems {

	static final String MODEL = "itemProblems";

	private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.(component|environments|parameters)(?:\\.([A-Za-z0-9_-]+))?.*");

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final List<ComponentView> chosen;

	private final Locale locale;

	ItemProblems(List<ComponentView> chosen, Locale locale) {
		this.chosen = chosen;
		this.locale = locale;
	}

	static boolean concerns(String field) {
		return field.equals("items") || field.startsWith("items[");
	}

	/** Where a problem goes on the form, and its text in the reader's words. */
	void add(String field, String problem, MessageText text) {
		Matcher item = ITEM.matcher(field);
		int index = item.matches() ? Integer.parseInt(item.group(1)) : -1;
		if (index < 0 || index >= this.chosen.size()) {
			this.problems.putIfAbsent("items", text.of("invalid.items"));
			return;
		}
		ComponentView component = this.chosen.get(index);
		String key = component.key();
		switch (item.group(2)) {
			case "component" -> this.problems.putIfAbsent(key, text.of("invalid.items.component"));
			case "environments" -> this.problems.putIfAbsent(key + ".environments", text.of("invalid.items.environments"));
			default -> {
				ParameterProblems.Text specific = ParameterProblems.of(problem, component, this.locale);
				this.problems.putIfAbsent(key + ".parameters." + item.group(3), text.of(specific.key(), specific.arguments()));
			}
		}
		this.problems.putIfAbsent("items", text.of("invalid.items.some"));
	}

	/** The id of the form field a problem's key belongs to, for the summary's links. */
	static String target(String key) {
		if ("items".equals(key)) {
			return "catalog-items";
		}
		int dot = key.indexOf('.');
		if (dot < 0) {
			return "item-" + key;
		}
		String component = key.substring(0, dot);
		String rest = key.substring(dot + 1);
		return rest.startsWith("parameters.") ? "param-" + component + "-" + rest.substring("parameters.".length())
				: "envs-" + component;
	}

	/** The name of the field a problem's key belongs to: the component's, with the parameter's label. */
	Optional<String> label(String key) {
		int dot = key.indexOf('.');
		String component = dot < 0 ? key : key.substring(0, dot);
		String parameter = key.startsWith(component + ".parameters.") ? key.substring((component + ".parameters.").length())
				: null;
		return this.chosen.stream().filter(view -> view.key().equals(component)).findFirst().map(view -> {
			String name = view.name().in(this.locale);
			return view.parameters()
				.stream()
				.filter(definition -> definition.name().equals(parameter))
				.findFirst()
				.map(definition -> name + " \u00b7 " + definition.label().in(this.locale))
				.orElse(name);
		});
	}

	Map<String, String> asMap() {
		return this.problems;
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** Resolves a message key with its arguments in the person's language. */
	interface MessageText {

		String of(String key, Object... arguments);

	}

}
