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

	/** Field names and limits are the catalog's (catalog/catalog-v1.json): the request's parameters, as filed. */
	private static final Map<String, Spec> SPECS = Map.ofEntries(
			spec("container-service", List.of(text("serviceName", true, null), number("baseCapacity", true, 1, 100),
					number("maxElasticity", true, 1, 500), number("expectedPeakRps", false, 0, 1_000_000))),
			spec("api-gateway", List.of(text("routePath", true, null), text("upstreamService", true, null))),
			spec("waf", List.of(text("ruleSet", true, Set.of("OWASP_CORE", "STRICT")), text("protectedHost", true, null))),
			spec("oidc-sso", List.of(text("clientName", false, null), list("redirectUris", true)), "clientSecret"),
			spec("vpn-link", List.of(text("peerAddress", true, null), list("localSubnets", true), list("remoteSubnets", true)),
					"preSharedKey"),
			spec("nat-egress", List.of(number("fixedIpCount", true, 1, 8))),
			spec("database", List.of(text("engine", true, Set.of("postgresql", "mysql")), number("storageGb", true, 10, 10_000)),
					"password"),
			spec("artifact-repository", List.of(text("format", true, Set.of("npm", "maven", "gradle")), text("name", true, null))),
			spec("log-management", List.of(number("retentionDays", true, 1, 365))),
			spec("monitoring", List.of(list("targets", true))),
			spec("alerts", List.of(list("notifyEmails", true), text("severityThreshold", true, Set.of("INFO", "WARNING", "CRITICAL")))),
			spec("environment", List.of(text("environmentName", true, null))));

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
		if ("container-service".equals(componentKey) && settings.get("baseCapacity") instanceof Integer base
				&& settings.get("maxElasticity") instanceof Integer max && max < base) {
			problems.add(new FieldProblem("maxElasticity", "At least baseCapacity (" + base + ")"));
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
