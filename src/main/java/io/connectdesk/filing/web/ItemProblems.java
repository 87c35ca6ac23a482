package io.connectdesk.filing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.connectdesk.catalog.ComponentView;

/**
 * Problems of the request's items, placed beside the form's component fields: {@code items[1].environments[0]}
 * is the environments of the second chosen component, {@code items[0].parameters.storageGb} that parameter's
 * field. Keys: {@code <component>}, {@code <component>.environments}, {@code <component>.parameters.<name>},
 * and {@code items} for the list as a whole.
 */
final class ItemProblems {

	static final String MODEL = "itemProblems";

	private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.(component|environments|parameters)(?:\\.([A-Za-z0-9_-]+))?.*");

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final List<ComponentView> chosen;

	ItemProblems(List<ComponentView> chosen) {
		this.chosen = chosen;
	}

	static boolean concerns(String field) {
		return field.equals("items") || field.startsWith("items[");
	}

	/** The message key of the problem and where it goes on the form. */
	void add(String field, MessageText text) {
		Matcher item = ITEM.matcher(field);
		int index = item.matches() ? Integer.parseInt(item.group(1)) : -1;
		if (index < 0 || index >= this.chosen.size()) {
			this.problems.putIfAbsent("items", text.of("invalid.items"));
			return;
		}
		String component = this.chosen.get(index).key();
		switch (item.group(2)) {
			case "component" -> this.problems.putIfAbsent(component, text.of("invalid.items.component"));
			case "environments" -> this.problems.putIfAbsent(component + ".environments", text.of("invalid.items.environments"));
			default -> this.problems.putIfAbsent(component + ".parameters." + item.group(3), text.of("invalid.items.parameter"));
		}
		this.problems.putIfAbsent("items", text.of("invalid.items.some"));
	}

	Map<String, String> asMap() {
		return this.problems;
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** Resolves a message key in the person's language. */
	interface MessageText {

		String of(String key);

	}

}
