package io.connectdesk;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modules talk to each other only through their top-level (API) packages, without cycles, and only to
 * the modules their {@code package-info.java} allows.
 */
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

	@Test
	void everyModuleDeclaresWhichModulesItMayUse() {
		List<String> undeclared = this.modules.stream()
			.map(module -> module.getBasePackage().getName())
			.filter(name -> !declaresAllowedDependencies(name))
			.toList();
		assertThat(undeclared).as("modules without @ApplicationModule(allowedDependencies = ...)").isEmpty();
	}

	private static boolean declaresAllowedDependencies(String packageName) {
		try {
			ApplicationModule declared = Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
			return declared != null && !List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
		}
		catch (ClassNotFoundException noPackageInfo) {
			return false;
		}
	}

}
