package io.connectdesk.billing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which active items a deactivation removes. An item matches a removal line when it has the line's
 * component in the line's environment and, for each identifying parameter the line gives
 * ({@link #IDENTIFYING}: repositoryName, serviceName, widgetName, name, clientName, environmentName,
 * routePath, protectedHost, peerAddress), the same value. A line without identifying parameters
 * removes every active item of that component in that environment. Other parameters (sizes,
 * capacities) never narrow the match.
 */
final class RemovalMatch {

	static final List<String> IDENTIFYING = List.of("repositoryName", "serviceName", "widgetName", "name", "clientName",
			"environmentName", "routePath", "protectedHost", "peerAddress");

	private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
	};

	private final ObjectMapper json;

	RemovalMatch(ObjectMapper json) {
		this.json = json;
	}

	boolean matches(ResolvedRequest.Line line, InventoryItem item) {
		if (!line.componentKey().equals(item.getComponentKey()) || !line.environmentKey().equals(item.getEnvironmentKey())) {
			return false;
		}
		Map<String, Object> itemParameters = parametersOf(item);
		return IDENTIFYING.stream()
			.filter(line.parameters()::containsKey)
			.allMatch(key -> Objects.equals(String.valueOf(line.parameters().get(key)),
					String.valueOf(itemParameters.get(key))));
	}

	private Map<String, Object> parametersOf(InventoryItem item) {
		if (item.getParametersJson() == null || item.getParametersJson().isBlank()) {
			return Map.of();
		}
		try {
			return this.json.readValue(item.getParametersJson(), PARAMETERS);
		}
		catch (JsonProcessingException ex) {
			return Map.of();
		}
	}

}
