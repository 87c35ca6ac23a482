package io.connectdesk.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/** Any signed-in user reads the catalog; only admins change it, and bad input names every bad field. */
class CatalogApiTest extends ApiTestSupport {

	private static final String ADMIN_CATALOG = "/api/v1/admin/catalog";

	private ApiClient admin;

	private ApiClient requester;

	@BeforeEach
	void people() {
		this.admin = basic(newPerson("Ada", null, Role.ADMIN));
		this.requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));
	}

	@Test
	void anySignedInUserReadsTheCatalogWithParametersAdaptersAndTodaysPrices() {
		ApiClient.Response all = this.requester.get("/api/v1/catalog");

		assertThat(all.status()).as(all.toString()).isEqualTo(200);
		assertThat(all.json().findValuesAsText("key")).contains("container-service", "external-widget", "alerts");
		JsonNode container = this.requester.get("/api/v1/catalog/container-service").json();
		assertThat(container.path("adapterKind").asText()).isEqualTo("infra-config");
		assertThat(container.path("category").asText()).isEqualTo("INFRASTRUCTURE");
		assertThat(container.path("name").path("es").asText()).isEqualTo("Servicio de contenedores");
		assertThat(container.path("monthlyMru").has("PRODUCTION")).isTrue();
		assertThat(container.path("parameters").findValuesAsText("name"))
			.containsExactly("serviceName", "baseCapacity", "maxElasticity", "expectedPeakRps");
		assertThat(this.requester.get("/api/v1/catalog/rate?on=2024-01-01").json().path("usdPerMru").isNumber()).isTrue();
		ApiClient.Response unknown = this.requester.get("/api/v1/catalog/teleporter");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("component-not-found");
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/catalog").status()).isEqualTo(401);
	}

	@Test
	void nonAdminsMayNotChangeTheCatalog() {
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		for (ApiClient stranger : List.of(this.requester, sre)) {
			assertThat(stranger.put(ADMIN_CATALOG + "/waf", description("Firewall", true)).status()).isEqualTo(403);
			assertThat(stranger.post(ADMIN_CATALOG + "/waf/prices", price("PRODUCTION", 99, "2040-01-01")).status()).isEqualTo(403);
			assertThat(stranger.post(ADMIN_CATALOG + "/rates", Map.of("usdPerMru", 1, "effectiveFrom", "2040-01-01")).status()).isEqualTo(403);
			assertThat(stranger.get(ADMIN_CATALOG + "/rates").status()).isEqualTo(403);
		}
		assertThat(this.requester.get("/api/v1/catalog/waf").json().path("name").path("en").asText()).isNotEqualTo("Firewall");
	}

	@Test
	void anAdminRenamesPricesAndAddsARate() {
		ApiClient.Response renamed = this.admin.put(ADMIN_CATALOG + "/nat-egress", description("NAT egress", false));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(renamed.json().path("active").asBoolean()).isFalse();

		ApiClient.Response priced = this.admin.post(ADMIN_CATALOG + "/nat-egress/prices", price("PRODUCTION", 7.5, "2040-02-01"));
		assertThat(priced.status()).as(priced.toString()).isEqualTo(201);
		assertThat(this.admin.get(ADMIN_CATALOG + "/nat-egress/prices").json().findValuesAsText("effectiveFrom")).contains("2040-02-01", "2020-01-01");
		ApiClient.Response again = this.admin.post(ADMIN_CATALOG + "/nat-egress/prices", price("PRODUCTION", 8, "2040-02-01"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.code()).isEqualTo("price-exists");

		ApiClient.Response rate = this.admin.post(ADMIN_CATALOG + "/rates", Map.of("usdPerMru", 31.25, "effectiveFrom", "2040-03-01"));
		assertThat(rate.status()).as(rate.toString()).isEqualTo(201);
		assertThat(this.requester.get("/api/v1/catalog/rate?on=2040-03-02").json().path("effectiveFrom").asText()).isEqualTo("2040-03-01");
		assertThat(this.admin.get(ADMIN_CATALOG + "/rates").json().findValuesAsText("effectiveFrom")).contains("2040-03-01");
	}

	@Test
	void badInputIsABadRequestNamingEveryFieldAndChangesNothing() {
		Map<String, Object> blank = new HashMap<>(Map.of("nameEn", " ", "nameEs", "Nombre", "descriptionEn", "x".repeat(2001),
				"descriptionEs", "d", "active", true));
		assertThat(this.admin.put(ADMIN_CATALOG + "/alerts", blank)).satisfies(namesFields("nameEn", "descriptionEn"));

		Map<String, Object> badPrice = new HashMap<>(Map.of("monthlyMru", -1, "effectiveFrom", "2040-04-01"));
		badPrice.put("environmentKind", null);
		assertThat(this.admin.post(ADMIN_CATALOG + "/alerts/prices", badPrice)).satisfies(namesFields("environmentKind", "monthlyMru"));
		assertThat(this.admin.post(ADMIN_CATALOG + "/alerts/prices", price("PRODUCTION", 1.234, "2040-04-01")))
			.satisfies(namesFields("monthlyMru"));
		assertThat(this.admin.post(ADMIN_CATALOG + "/alerts/prices", price("PRODUCTION", 1, "next tuesday")))
			.satisfies(namesFields("effectiveFrom"));
		assertThat(this.admin.post(ADMIN_CATALOG + "/rates", Map.of("usdPerMru", 0))).satisfies(namesFields("usdPerMru", "effectiveFrom"));

		assertThat(this.admin.get(ADMIN_CATALOG + "/alerts/prices").json().findValuesAsText("effectiveFrom")).doesNotContain("2040-04-01");
		assertThat(this.admin.get("/api/v1/catalog/alerts").json().path("name").path("en").asText()).isNotBlank();
		ApiClient.Response unknown = this.admin.post(ADMIN_CATALOG + "/teleporter/prices", price("PRODUCTION", 1, "2040-04-01"));
		assertThat(unknown.status()).isEqualTo(404);
	}

	private static Map<String, Object> description(String nameEn, boolean active) {
		return Map.of("nameEn", nameEn, "nameEs", nameEn, "descriptionEn", "What it is", "descriptionEs", "Qué es", "active", active);
	}

	private static Map<String, Object> price(String kind, Number mru, String effectiveFrom) {
		return Map.of("environmentKind", kind, "monthlyMru", mru, "effectiveFrom", effectiveFrom);
	}

	private static java.util.function.Consumer<ApiClient.Response> namesFields(String... fields) {
		return response -> {
			assertThat(response.status()).as(response.toString()).isEqualTo(400);
			assertThat(response.code()).isEqualTo("validation-failed");
			assertThat(response.json().path("errors").findValuesAsText("field")).as(response.toString()).containsExactlyInAnyOrder(fields);
		};
	}

}
