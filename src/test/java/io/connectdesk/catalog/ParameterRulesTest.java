package io.connectdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.InvalidInputException.FieldProblem;

/** Each parameter type with good and bad values, required and unknown parameters, and the cross-field rule. */
class ParameterRulesTest {

	private static final LocalizedText LABEL = new LocalizedText("Label", "Etiqueta");

	@Test
	void stringsMustBeNonBlankAndMatchTheirPattern() {
		Parameter name = parameter("repositoryName", ParameterType.STRING, "[a-z0-9-]{2,60}");

		assertThat(problems(name, "shop-web")).isEmpty();
		assertThat(problems(name, "Shop Web")).containsExactly("parameters.repositoryName");
		assertThat(problems(name, 42)).containsExactly("parameters.repositoryName");
		assertThat(problems(parameter("free", ParameterType.STRING, null), "x".repeat(201))).containsExactly("parameters.free");
	}

	@Test
	void integersAreWholeNumbersWithinTheirLimits() {
		Parameter count = new Parameter("fixedIpCount", ParameterType.INTEGER, true, LABEL, null, 1L, 8L, null, null);

		assertThat(problems(count, 1)).isEmpty();
		assertThat(problems(count, 8L)).isEmpty();
		assertThat(problems(count, "3")).as("a form sends text").isEmpty();
		assertThat(problems(count, 0)).containsExactly("parameters.fixedIpCount");
		assertThat(problems(count, 9)).containsExactly("parameters.fixedIpCount");
		assertThat(problems(count, 2.5)).containsExactly("parameters.fixedIpCount");
		assertThat(problems(count, "two")).containsExactly("parameters.fixedIpCount");
		assertThat(problems(count, true)).containsExactly("parameters.fixedIpCount");
	}

	@Test
	void booleansAndEnums() {
		Parameter flag = parameter("flag", ParameterType.BOOLEAN, null);
		Parameter format = new Parameter("format", ParameterType.ENUM, true, LABEL, null, null, null,
				List.of("npm", "maven", "gradle"), null);

		assertThat(problems(flag, true)).isEmpty();
		assertThat(problems(flag, "false")).isEmpty();
		assertThat(problems(flag, "yes")).containsExactly("parameters.flag");
		assertThat(problems(format, "maven")).isEmpty();
		assertThat(problems(format, "MAVEN")).containsExactly("parameters.format");
		assertThat(problems(format, "pip")).containsExactly("parameters.format");
	}

	@Test
	void emailListsNameEachBadItem() {
		Parameter developers = parameter("developers", ParameterType.EMAIL_LIST, null);

		assertThat(problems(developers, List.of("ana@acme.example", "luis.p@dev.acme.example"))).isEmpty();
		assertThat(problems(developers, "ana@acme.example, luis@acme.example")).as("a form's comma-separated text").isEmpty();
		assertThat(problems(developers, List.of("ana@acme.example", "not-an-email", "x@y")))
			.containsExactly("parameters.developers[1]", "parameters.developers[2]");
		assertThat(problems(developers, Map.of("a", "b"))).containsExactly("parameters.developers");
		assertThat(problems(developers, List.of(7))).containsExactly("parameters.developers[0]");
	}

	@Test
	void dnsNamesAllowALeadingWildcard() {
		Parameter names = parameter("dnsNames", ParameterType.DNS_NAME_LIST, null);

		assertThat(problems(names, List.of("api.acme.example", "*.acme.example", "a-b.example.com"))).isEmpty();
		assertThat(problems(names, List.of("localhost", "-bad.example", "acme..example", "acme.example.123", "a_b.example")))
			.containsExactly("parameters.dnsNames[0]", "parameters.dnsNames[1]", "parameters.dnsNames[2]",
					"parameters.dnsNames[3]", "parameters.dnsNames[4]");
	}

	@Test
	void ipv4AddressesAndNetworks() {
		Parameter peer = parameter("peerAddress", ParameterType.IPV4, null);
		Parameter subnets = parameter("localSubnets", ParameterType.CIDR_LIST, null);

		assertThat(problems(peer, "203.0.113.10")).isEmpty();
		assertThat(problems(peer, "256.0.0.1")).containsExactly("parameters.peerAddress");
		assertThat(problems(peer, "10.0.0")).containsExactly("parameters.peerAddress");
		assertThat(problems(subnets, List.of("10.1.0.0/16", "192.168.0.0/24", "0.0.0.0/0"))).isEmpty();
		assertThat(problems(subnets, List.of("10.1.0.0", "10.1.0.0/33", "10.1.0.300/24")))
			.containsExactly("parameters.localSubnets[0]", "parameters.localSubnets[1]", "parameters.localSubnets[2]");
	}

	@Test
	void urlsMustBeHttps() {
		Parameter uris = parameter("redirectUris", ParameterType.URL_LIST, null);

		assertThat(problems(uris, List.of("https://app.acme.example/callback", "https://localhost:8443/cb"))).isEmpty();
		assertThat(problems(uris, List.of("http://app.acme.example/callback", "https://", "app.acme.example")))
			.containsExactly("parameters.redirectUris[0]", "parameters.redirectUris[1]", "parameters.redirectUris[2]");
	}

	@Test
	void stringListsMatchTheirPatternPerItem() {
		Parameter targets = parameter("targets", ParameterType.STRING_LIST, "[a-z-]+");

		assertThat(problems(targets, List.of("checkout", "payments-api"))).isEmpty();
		assertThat(problems(targets, List.of("checkout", "Payments API"))).containsExactly("parameters.targets[1]");
	}

	@Test
	void requiredParametersMustBeGivenOptionalOnesMayNotAndUnknownOnesAreRefused() {
		List<Parameter> definitions = List.of(parameter("name", ParameterType.STRING, null),
				new Parameter("note", ParameterType.STRING, false, LABEL, null, null, null, null, null));

		assertThat(paths(ParameterRules.check(definitions, Map.of("name", "x"), "parameters"))).isEmpty();
		assertThat(paths(ParameterRules.check(definitions, Map.of("name", " "), "parameters"))).containsExactly("parameters.name");
		assertThat(paths(ParameterRules.check(definitions, null, "parameters"))).containsExactly("parameters.name");
		assertThat(paths(ParameterRules.check(definitions, Map.of("name", "x", "colour", "red"), "")))
			.containsExactly("colour");
	}

	@Test
	void maxElasticityMayNotBeBelowBaseCapacity() {
		List<Parameter> definitions = List.of(
				new Parameter("baseCapacity", ParameterType.INTEGER, true, LABEL, null, 1L, null, null, null),
				new Parameter("maxElasticity", ParameterType.INTEGER, true, LABEL, null, 1L, null, null, "baseCapacity"));

		assertThat(paths(ParameterRules.check(definitions, Map.of("baseCapacity", 2, "maxElasticity", 2), "p"))).isEmpty();
		assertThat(paths(ParameterRules.check(definitions, Map.of("baseCapacity", 3, "maxElasticity", 2), "p")))
			.containsExactly("p.maxElasticity");
		assertThat(paths(ParameterRules.check(definitions, Map.of("baseCapacity", 0, "maxElasticity", 2), "p")))
			.as("no cross-field problem when one side is already wrong").containsExactly("p.baseCapacity");
	}

	private static Parameter parameter(String name, ParameterType type, String pattern) {
		return new Parameter(name, type, true, LABEL, pattern, null, null, null, null);
	}

	private static List<String> problems(Parameter parameter, Object value) {
		Map<String, Object> values = new HashMap<>();
		values.put(parameter.name(), value);
		return paths(ParameterRules.check(List.of(parameter), values, "parameters"));
	}

	private static List<String> paths(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::field).toList();
	}

}
