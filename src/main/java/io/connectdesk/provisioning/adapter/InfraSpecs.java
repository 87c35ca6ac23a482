package io.connectdesk.provisioning.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;

/**
 * What the platform needs in each infrastructure component's configuration: required fields, their
 * ranges and choices, and the secrets generated for it. A component without a spec here is written
 * as requested.
 */
final class InfraSpecs {

	private static final Map<String, Spec> SPECS = Map.ofEntries(
			spec("container-service", List.of(number("minInstances", true, 1, 50), number("maxInstances", true, 1, 200),
					text("instanceSize", false, Set.of("small", "medium", "large")))),
			spec("api-gateway", List.of(text("routePath", true, null), text("upstream", true, null),
					number("rateLimitPerMinute", false, 1, 100_000))),
			spec("waf", List.of(text("ruleSet", true, Set.of("owasp-core", "owasp-core-strict", "bot-control")),
					text("mode", false, Set.of("detect", "block")))),
			spec("oidc-sso", List.of(list("redirectUris", true)), "clientSecret"),
			spec("vpn-link", List.of(text("peerAddress", true, null), list("remoteSubnets", true)), "preSharedKey"),
			spec("nat-egress", List.of(number("fixedIps", true, 1, 8))),
			spec("database", List.of(text("engine", true, Set.of("postgresql", "mysql")), number("storageGb", true, 10, 2000)),
					"password"),
			spec("artifact-repository", List.of(text("format", true, Set.of("npm", "maven", "gradle")))),
			spec("log-management", List.of(number("retentionDays", true, 1, 3650))),
			spec("monitoring", List.of(list("targets", false), number("intervalSeconds", false, 10, 3600))),
			spec("alerts", List.of(list("channels", true), text("severity", false, Set.of("info", "warning", "critical")))),
			spec("environment", List.of(text("kind", false, Set.of("production", "pre-production", "additional")))));

	private InfraSpecs() {
	}

	static Optional<Spec> of(String componentKey) {
		return Optional.ofNullable(SPECS.get(componentKey));
	}

	/** The validated settings, in a stable order; every bad field named at once. */
	static Map<String, Object> validated(String componentKey, Parameters parameters) {
		Optional<Spec> spec = of(componentKey);
		if (spec.isEmpty()) {
			return new TreeMap<>(parameters.all());
		}
		Map<String, Object> settings = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		for (Field field : spec.get().fields()) {
			try {
				field.read(parameters).ifPresent(value -> settings.put(field.name(), value));
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.fields());
			}
		}
		if ("container-service".equals(componentKey) && settings.get("minInstances") instanceof Integer min
				&& settings.get("maxInstances") instanceof Integer max && max < min) {
			problems.add(new FieldProblem("maxInstances", "At least minInstances (" + min + ")"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return settings;
	}

	private static Map.Entry<String, Spec> spec(String component, List<Field> fields, String... secrets) {
		return Map.entry(component, new Spec(fields, List.of(secrets)));
	}

	private static Field number(String name, boolean required, int min, int max) {
		return new Field(name, required, parameters -> {
			Integer value = parameters.number(name);
			if (value != null && (value < min || value > max)) {
				throw InvalidInputException.of(name, "Between " + min + " and " + max);
			}
			return value;
		});
	}

	private static Field text(String name, boolean required, Set<String> choices) {
		return new Field(name, required, parameters -> {
			String value = parameters.text(name, null);
			if (value != null && choices != null && !choices.contains(value)) {
				throw InvalidInputException.of(name, "One of " + new TreeSet<>(choices));
			}
			return value == null || value.isEmpty() ? null : value;
		});
	}

	private static Field list(String name, boolean required) {
		return new Field(name, required, parameters -> {
			List<String> values = parameters.texts(name);
			return values.isEmpty() ? null : values;
		});
	}

	/** @param secrets names of the secrets generated for the component, referenced by id */
	record Spec(List<Field> fields, List<String> secrets) {
	}

	record Field(String name, boolean required, Reader reader) {

		Optional<Object> read(Parameters parameters) {
			Object value = this.reader.read(parameters);
			if (value == null && this.required) {
				throw InvalidInputException.of(this.name, "Required");
			}
			return Optional.ofNullable(value);
		}

	}

	interface Reader {

		Object read(Parameters parameters);

	}

}
