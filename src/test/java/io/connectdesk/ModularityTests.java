package io.connectdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules talk to each other only through their top-level (API) packages, and without cycles. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ConnectDeskApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theExpectedModulesExist() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("access", "approval", "audit", "billing", "catalog", "common", "customer", "identity", "notification", "oncall", "filing", "provisioning", "queue", "quota", "sla", "ticket", "workflow", "web", "demo");
	}

}
