package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Customer API tokens over real HTTP: a token acts as its owner within its scopes and its customer,
 * never approves nor reaches the engine, stops at expiry or revocation, and is kept only as a hash.
 */
class ApiTokenTest extends ApiTestSupport {

	private static final Pattern TOKEN = Pattern.compile("cdp_[A-Za-z0-9_-]{43}");

	@Autowired
	private JdbcClient jdbc;

	private Long acme;

	private String rita;

	private ApiClient ritaBasic;

	@BeforeEach
	void aRequester() {
		this.acme = newCustomer("Acme");
		this.rita = newPerson("Rita", this.acme, Role.REQUESTER);
		this.ritaBasic = basic(this.rita);
	}

	@Test
	void aReadOnlyTokenReadsTicketsButCannotFileOne() {
		String ticket = fileTicket(this.ritaBasic, "Filed while signed in");
		ApiClient reader = bearer(create(this.ritaBasic, "reader", List.of("tickets:read"), 30));

		assertThat(ticket(reader, ticket).path("title").asText()).isEqualTo("Filed while signed in");
		ApiClient.Response filed = reader.post("/api/v1/tickets", ticketRequest("Filed by a read-only token"));

		assertThat(filed.status()).as(filed.toString()).isEqualTo(403);
		assertThat(filed.code()).isEqualTo("token-scope");
		assertThat(filed.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(ticketsFiledBy(this.ritaBasic)).isEqualTo(1);
		assertThat(reader.get("/api/v1/inventory").code()).as("no inventory:read").isEqualTo("token-scope");
	}

	@Test
	void aWriteTokenFilesAsItsOwner() {
		ApiClient writer = bearer(create(this.ritaBasic, "writer", List.of("tickets:read", "tickets:write"), 30));

		String ticket = fileTicket(writer, "Filed by a script");

		assertThat(ticket(this.ritaBasic, ticket).path("title").asText()).isEqualTo("Filed by a script");
		assertThat(ticketsFiledBy(this.ritaBasic)).isEqualTo(1);
	}

	@Test
	void aTokenNeverApprovesACostNorReachesTheEngineNorMakesTokens() {
		String abe = newPerson("Abe", this.acme, Role.REQUESTER, Role.APPROVER);
		String ticket = fileTicket(basic(abe), "Needs approval perhaps");
		ApiClient everything = bearer(create(basic(abe), "all", List.of("tickets:read", "tickets:write", "inventory:read",
				"billing:read", "sla:read"), 30));

		assertThat(everything.get("/api/v1/approvals").code()).isEqualTo("token-scope");
		ApiClient.Response decision = everything.post("/api/v1/approvals/" + ticket + "/decisions", Map.of("verdict", "APPROVE"));
		assertThat(decision.status()).as(decision.toString()).isEqualTo(403);
		assertThat(decision.code()).isEqualTo("token-scope");
		assertThat(everything.post("/api/v1/approvals/substitutes", Map.of()).status()).isEqualTo(403);
		assertThat(everything.get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(everything.get("/engine-rest/engine/default/process-definition").status()).isEqualTo(401);
		assertThat(everything.get("/camunda/app/cockpit/default/").status()).isIn(302, 401, 403);
		assertThat(everything.get("/approvals").status()).as("pages take no token").isEqualTo(302);
		assertThat(everything.post("/api/v1/tokens", Map.of("name", "more", "scopes", List.of("tickets:read"), "expiresInDays", 1)).code())
			.isEqualTo("token-scope");
		assertThat(everything.get("/api/v1/git/token").code()).isEqualTo("token-scope");
		assertThat(everything.get("/api/v1/admin/audit").code()).isEqualTo("token-scope");
		assertThat(everything.get("/api/v1/ledger").status()).isEqualTo(200);
	}

	@Test
	void aTokenStopsWorkingWhenItExpires() {
		ApiClient reader = bearer(create(this.ritaBasic, "short-lived", List.of("tickets:read"), 1));
		assertThat(reader.get("/api/v1/tickets").status()).isEqualTo(200);

		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60)));

		ApiClient.Response expired = reader.get("/api/v1/tickets");
		assertThat(expired.status()).as(expired.toString()).isEqualTo(401);
		assertThat(expired.code()).isEqualTo("token-invalid");
		assertThat(expired.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
		assertThat(this.ritaBasic.get("/api/v1/tokens").json().get(0).path("active").asBoolean()).isFalse();
	}

	@Test
	void anExpiryBeyondAYearAnUnknownScopeAndStaffAreRefused() {
		ApiClient.Response tooLong = this.ritaBasic.post("/api/v1/tokens", Map.of("name", "forever", "scopes", List.of("tickets:read"), "expiresInDays", 366));
		assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
		ApiClient.Response unknown = this.ritaBasic.post("/api/v1/tokens", Map.of("name", "odd", "scopes", List.of("engine:deploy"), "expiresInDays", 30));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		ApiClient.Response staff = basic(newPerson("Sam", null, Role.SRE)).post("/api/v1/tokens",
				Map.of("name", "sre", "scopes", List.of("tickets:read"), "expiresInDays", 30));
		assertThat(staff.status()).as(staff.toString()).isEqualTo(403);
		assertThat(this.ritaBasic.get("/api/v1/tokens").json()).isEmpty();
	}

	@Test
	void theOwnerRevokesAndBothActsAreAudited() {
		ApiClient.Response created = this.ritaBasic.post("/api/v1/tokens", Map.of("name", "ci", "scopes", List.of("tickets:read"), "expiresInDays", 30));
		long id = created.json().path("details").path("id").asLong();
		ApiClient reader = bearer(created.json().path("token").asText());
		assertThat(reader.get("/api/v1/tickets").status()).isEqualTo(200);

		succeeds(this.ritaBasic.delete("/api/v1/tokens/" + id));

		assertThat(reader.get("/api/v1/tickets").code()).isEqualTo("token-invalid");
		assertThat(this.ritaBasic.get("/api/v1/tokens").json().get(0).path("revokedAt").isNull()).isFalse();
		JsonNode audited = basic(newPerson("Ada", null, Role.ADMIN))
			.get("/api/v1/admin/audit?entityType=api-token&entityId=" + id).json().path("content");
		assertThat(audited.findValuesAsText("action")).containsExactly("API_TOKEN_REVOKED", "API_TOKEN_ISSUED");
		assertThat(audited.findValuesAsText("actorName")).containsOnly(this.rita);
		assertThat(audited.findValuesAsText("customerId")).containsOnly(String.valueOf(this.acme));
		assertThat(audited.toString()).doesNotContain(created.json().path("token").asText());
	}

	@Test
	void anAdminSeesAndRevokesACustomersTokens() {
		String token = create(this.ritaBasic, "ci", List.of("tickets:read"), 30);
		String adminEmail = newPerson("Ada", null, Role.ADMIN);
		ApiClient admin = basic(adminEmail);

		JsonNode listed = admin.get("/api/v1/admin/customers/" + this.acme + "/tokens").json();
		assertThat(listed.findValuesAsText("owner")).containsExactly(this.rita);
		assertThat(listed.toString()).doesNotContain(token);
		assertThat(admin.get("/api/v1/admin/customers/" + newCustomer("Globex") + "/tokens").json()).isEmpty();

		succeeds(admin.delete("/api/v1/admin/customers/" + this.acme + "/tokens/" + listed.get(0).path("id").asLong()));

		assertThat(bearer(token).get("/api/v1/tickets").status()).isEqualTo(401);
		JsonNode audited = admin.get("/api/v1/admin/audit?action=API_TOKEN_REVOKED&customerId=" + this.acme).json().path("content");
		assertThat(audited.findValuesAsText("actorName")).containsExactly(adminEmail);
		assertThat(basic(this.rita).get("/api/v1/admin/customers/" + this.acme + "/tokens").status()).isEqualTo(403);
	}

	@Test
	void onlyAHashOfTheTokenIsStored() {
		String token = create(this.ritaBasic, "ci", List.of("tickets:read"), 30);

		Map<String, Object> row = this.jdbc.sql("select * from api_token where customer_id = ?").param(this.acme).query().singleRow();

		assertThat(row.values().stream().map(String::valueOf)).noneMatch(value -> value.contains(token.substring(8)));
		assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(token));
		assertThat(this.ritaBasic.get("/api/v1/tokens").body()).doesNotContain(token.substring(8));
	}

	@Test
	void aTokenOfOneCustomerNeverSeesAnothersTickets() {
		String acmeTicket = fileTicket(this.ritaBasic, "Acme's secret change");
		Long globex = newCustomer("Globex");
		String gus = newPerson("Gus", globex, Role.REQUESTER);
		ApiClient globexToken = bearer(create(basic(gus), "ci", List.of("tickets:read", "tickets:write"), 30));

		assertThat(globexToken.get("/api/v1/tickets/" + acmeTicket).status()).isEqualTo(404);
		assertThat(globexToken.post("/api/v1/tickets/" + acmeTicket + "/replies", Map.of("body", "Hi")).status()).isEqualTo(404);
		assertThat(globexToken.get("/api/v1/tickets?size=100").body()).doesNotContain(acmeTicket, "Acme's secret change");
		assertThat(globexToken.get("/api/v1/tickets/" + acmeTicket + "/provisioning").status()).isEqualTo(404);
	}

	@Test
	void lastUseIsWrittenAtMostOnceAMinute() {
		ApiClient reader = bearer(create(this.ritaBasic, "ci", List.of("tickets:read"), 30));
		assertThat(this.ritaBasic.get("/api/v1/tokens").json().get(0).path("lastUsedAt").isNull()).isTrue();

		reader.get("/api/v1/tickets");
		String first = this.ritaBasic.get("/api/v1/tokens").json().get(0).path("lastUsedAt").asText();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(30)));
		reader.get("/api/v1/tickets");
		String stillFirst = this.ritaBasic.get("/api/v1/tokens").json().get(0).path("lastUsedAt").asText();
		ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(90)));
		reader.get("/api/v1/tickets");
		String later = this.ritaBasic.get("/api/v1/tokens").json().get(0).path("lastUsedAt").asText();

		assertThat(first).isNotBlank();
		assertThat(stillFirst).isEqualTo(first);
		assertThat(Instant.parse(later)).isAfter(Instant.parse(first));
	}

	@Test
	void theTokensPageShowsANewTokenOnceAndRevokesIt() {
		ApiClient browser = signIn(this.rita);

		ApiClient.Response created = browser.postForm("/tokens", Map.of("name", "laptop", "scopes", "tickets:read", "expiresInDays", "7"));

		assertThat(created.status()).as(created.toString()).isEqualTo(200);
		Matcher shown = TOKEN.matcher(created.body());
		assertThat(shown.find()).as(created.body()).isTrue();
		assertThat(bearer(shown.group()).get("/api/v1/tickets").status()).isEqualTo(200);
		ApiClient.Response listed = browser.get("/tokens");
		assertThat(listed.body()).contains("laptop").doesNotContain(shown.group());
		long id = this.ritaBasic.get("/api/v1/tokens").json().get(0).path("id").asLong();
		assertThat(browser.postForm("/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(302);
		assertThat(bearer(shown.group()).get("/api/v1/tickets").status()).isEqualTo(401);
		ApiClient.Response tooLong = browser.postForm("/tokens", Map.of("name", "laptop", "scopes", "tickets:read", "expiresInDays", "400"));
		assertThat(tooLong.status()).isEqualTo(200);
		assertThat(TOKEN.matcher(tooLong.body()).find()).isFalse();
	}

	private ApiClient bearer(String token) {
		return ApiClient.bearer(this.port, token);
	}

	private static String create(ApiClient owner, String name, List<String> scopes, int days) {
		ApiClient.Response created = owner.post("/api/v1/tokens", Map.of("name", name, "scopes", scopes, "expiresInDays", days));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String token = created.json().path("token").asText();
		assertThat(token).matches(TOKEN);
		return token;
	}

}
