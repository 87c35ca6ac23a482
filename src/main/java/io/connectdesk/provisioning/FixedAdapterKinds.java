package io.connectdesk.provisioning;

import java.util.Map;

import org.springframework.stereotype.Component;

/** A fixed table of component to adapter kind, until the catalog provides {@link AdapterKinds}. */
@Component
class FixedAdapterKinds implements AdapterKinds {

	static final Map<String, String> KINDS = Map.of("source-repository", "git-repository", "widget-pipeline", "pipeline",
			"microservice-pipeline", "pipeline", "tls-certificate", "tls-certificate", "external-widget", MANUAL,
			"blue-green", MANUAL);

	static final String DEFAULT_KIND = "infra-config";

	@Override
	public String kindOf(String componentKey) {
		return KINDS.getOrDefault(componentKey, DEFAULT_KIND);
	}

}
