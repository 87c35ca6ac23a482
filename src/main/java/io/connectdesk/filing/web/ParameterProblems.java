package io.connectdesk.filing.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.connectdesk.catalog.ComponentView;
import io.connectdesk.catalog.Parameter;

/**
 * A parameter's problem in the reader's words: which rule of the catalog it broke (required, a range, a pattern,
 * a format, the cross-field "at least" rule) with its figures, instead of one "missing or not valid" for all. The
 * catalog answers each problem in English ({@code ParameterRules}); this reads which rule that was.
 */
final class ParameterProblems {

	private static final List<Rule> RULES = List.of(rule("Required", "required"),
			rule("Must be a whole number", "integer"), rule("Must be at least ([A-Za-z]\\w*) \\((-?\\d+)\\)", "atLeast"),
			rule("Must be at least (-?\\d+)", "min"), rule("Must be at most (-?\\d+)", "max"),
			rule("Must match (.+)", "pattern"), rule("Must be one of (.+)", "choice"),
			rule("Must be an IPv4 address.*", "ipv4"), rule("Not an e-mail address: (.+)", "email"),
			rule("Not a DNS name: (.+)", "dnsName"), rule("Not an IPv4 network such as [^:]+: (.+)", "cidr"),
			rule("Not an https:// URL: (.+)", "url"), rule("At most (\\d+) characters", "length"),
			rule("At most (\\d+) items", "entries"), rule("Must be a non-blank text", "blank"),
			rule("Must be true or false", "yesNo"));

	private ParameterProblems() {
	}

	/**
	 * The message key and arguments of a parameter's problem; the generic key when the rule is not known. The
	 * cross-field rule names the other parameter by its label.
	 */
	static Text of(String problem, ComponentView component, Locale locale) {
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(problem == null ? "" : problem);
			if (matcher.matches()) {
				Object[] arguments = new Object[matcher.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = matcher.group(i + 1);
				}
				if ("atLeast".equals(rule.name())) {
					arguments[0] = label(component, matcher.group(1), locale);
				}
				return new Text("invalid.parameter." + rule.name(), arguments);
			}
		}
		return new Text("invalid.items.parameter", new Object[0]);
	}

	private static String label(ComponentView component, String name, Locale locale) {
		return component.parameters()
			.stream()
			.filter(parameter -> parameter.name().equals(name))
			.findFirst()
			.map(Parameter::label)
			.map(label -> label.in(locale))
			.orElse(name);
	}

	private static Rule rule(String pattern, String name) {
		return new Rule(Pattern.compile(pattern), name);
	}

	record Text(String key, Object[] arguments) {
	}

	private record Rule(Pattern pattern, String name) {
	}

}
