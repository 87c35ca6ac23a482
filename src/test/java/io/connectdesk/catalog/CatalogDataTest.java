package io.connectdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.Role;
import io.connectdesk.customer.EnvironmentKind;

/** The shipped data file is loaded at start, complete, and loading it again never undoes an admin's edits. */
@SpringBootTest
@ActiveProfiles("test")
class CatalogDataTest {

	static final Caller ADMIN = new Caller(1L, "ada@connectdesk.example.test", "Ada", null, Set.of(Role.ADMIN));

	@Autowired
	Catalog catalog;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	CatalogLoader loader;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void everyCategoryAndEveryComponentOfTheIssueIsThere() {
		List<ComponentView> components = this.catalog.components();

		assertThat(components).extracting(ComponentView::category).containsOnly(ComponentCategory.values())
			.contains(ComponentCategory.values());
		assertThat(components).extracting(ComponentView::key)
			.contains("source-repository", "widget-pipeline", "microservice-pipeline", "external-widget",
					"artifact-repository", "container-service", "api-gateway", "waf", "tls-certificate", "oidc-sso",
					"database", "vpn-link", "nat-egress", "blue-green", "environment", "log-management", "monitoring",
					"alerts");
	}

	@Test
	void everyComponentHasBothLanguagesAPricePerEnvironmentKindAndAKnownAdapter() {
		for (ComponentView component : this.catalog.components()) {
			assertThat(component.name().en()).as(component.key()).isNotBlank();
			assertThat(component.name().es()).as(component.key()).isNotBlank();
			assertThat(component.description().es()).as(component.key()).isNotBlank();
			assertThat(component.monthlyMru()).as(component.key()).containsOnlyKeys(EnvironmentKind.values());
			assertThat(component.adapterKind().key()).as(component.key())
				.isIn("git-repository", "pipeline", "tls-certificate", "infra-config", "manual");
			component.parameters().forEach(parameter -> assertThat(parameter.label().es()).as(parameter.name()).isNotBlank());
		}
	}

	@Test
	void theAdaptersAreTheOnesTheProvisioningModuleExpects() {
		assertThat(adapterOf("source-repository")).isEqualTo(AdapterKind.GIT_REPOSITORY);
		assertThat(adapterOf("widget-pipeline")).isEqualTo(AdapterKind.PIPELINE);
		assertThat(adapterOf("tls-certificate")).isEqualTo(AdapterKind.TLS_CERTIFICATE);
		assertThat(adapterOf("blue-green")).isEqualTo(AdapterKind.MANUAL);
		assertThat(adapterOf("vpn-link")).isEqualTo(AdapterKind.INFRA_CONFIG);
	}

	@Test
	void externallyBuiltWidgetsCostNothingAndProductionCostsAtLeastPreProduction() {
		LocalDate today = LocalDate.now();
		for (EnvironmentKind kind : EnvironmentKind.values()) {
			assertThat(this.catalog.monthlyMru("external-widget", kind, today)).isZero();
		}
		assertThat(this.catalog.monthlyMru("container-service", EnvironmentKind.PRODUCTION, LocalDate.of(2021, 1, 1)))
			.isGreaterThan(this.catalog.monthlyMru("container-service", EnvironmentKind.PRE_PRODUCTION, LocalDate.of(2021, 1, 1)));
		assertThat(this.catalog.rateOn(LocalDate.of(2021, 1, 1))).isPresent();
	}

	@Test
	void theFacadeValidatesARequestAgainstTheComponentsParameters() {
		List<FieldProblem> problems = this.catalog.validate("container-service",
				Map.of("serviceName", "checkout", "baseCapacity", 4, "maxElasticity", 2, "expectedPeakRps", 300), "parameters");

		assertThat(problems).extracting(FieldProblem::field).containsExactly("parameters.maxElasticity");
		assertThat(this.catalog.validate("tls-certificate", Map.of("dnsNames", List.of("api.acme.example")), "parameters"))
			.isEmpty();
		assertThatThrownBy(() -> this.catalog.validate("teleporter", Map.of(), "parameters"))
			.isInstanceOf(UnknownComponentException.class);
		assertThat(this.catalog.component("teleporter")).isEmpty();
	}

	@Test
	void loadingTheDataAgainKeepsTheAdminsNamesActiveFlagAndPrices() throws Exception {
		ComponentView before = this.catalog.component("monitoring").orElseThrow();
		this.administration.describe("monitoring", new ComponentDescription("Watching", "Vigilancia", "d", "d", false), ADMIN);
		this.administration.changePrice("monitoring",
				new NewPrice(EnvironmentKind.PRODUCTION, new BigDecimal("9.50"), LocalDate.of(2024, 3, 1)), ADMIN);

		this.loader.run(null); // version 1 is loaded already: nothing happens
		CatalogFile file = this.loader.files().get(0);
		this.transaction.executeWithoutResult(status -> this.loader.load(file)); // as if a new version came

		ComponentView after = this.catalog.component("monitoring").orElseThrow();
		assertThat(after.name()).isEqualTo(new LocalizedText("Watching", "Vigilancia"));
		assertThat(after.active()).isFalse();
		assertThat(after.parameters()).isEqualTo(before.parameters());
		assertThat(this.catalog.monthlyMru("monitoring", EnvironmentKind.PRODUCTION, LocalDate.of(2024, 3, 1)))
			.isEqualByComparingTo("9.50");
		assertThat(file.exampleValues()).as("the shipped figures say they are examples").isTrue();
	}

	private AdapterKind adapterOf(String key) {
		return this.catalog.component(key).orElseThrow().adapterKind();
	}

}
