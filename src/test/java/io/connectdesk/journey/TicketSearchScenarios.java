package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient.FilePart;

/**
 * Full-text search (issue 15, item 6) through the API and the page, with tenancy: the same scenarios on
 * H2 ({@link TicketSearchOnH2Test}) and on PostgreSQL ({@link TicketSearchOnPostgresTest}).
 */
abstract class TicketSearchScenarios extends ApiTestSupport {

	private String word;

	private ApiClient rita;

	private String ritaEmail;

	private ApiClient gus;

	private ApiClient sre;

	private String certificate;

	private String vpn;

	@BeforeEach
	void twoCustomersTickets() {
		this.word = "q" + Long.toString(System.nanoTime(), 36);
		Long acme = newCustomer("Acme");
		this.ritaEmail = newPerson("Rita", acme, Role.REQUESTER);
		this.rita = basic(this.ritaEmail);
		this.gus = basic(newPerson("Gus", newCustomer("Globex"), Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.certificate = file(this.rita, Map.of("type", "COMPONENT_ACTIVATION", "title", "Certificate " + word("cert"),
				"description", "For the public API.", "urgent", false, "items", List.of(Map.of("component", "tls-certificate",
						"environments", List.of("production"), "parameters", Map.of("dnsNames", List.of(word("dns") + ".acme.example"))))));
		this.vpn = file(this.rita, Map.of("type", "QUESTION", "title", "A question", "description", "How do we reach you?",
				"urgent", false));
		succeeds(this.sre.post("/api/v1/tickets/" + this.vpn + "/replies", Map.of("body", "Internal " + word("secret"), "internal", true)));
		succeeds(this.rita.post("/api/v1/tickets/" + this.vpn + "/replies", Map.of("body", "Our side is " + word("reply") + " ready")));
		succeeds(this.rita.postMultipart("/api/v1/tickets/" + this.vpn + "/attachments", Map.of(),
				List.of(FilePart.of(word("file") + "-peer.txt", ("peer " + word("content") + ".vpn.example\npassword: "
					+ word("hidden")).getBytes(StandardCharsets.UTF_8)))));
	}

	@Test
	void findsTitlesItemParametersRepliesAndFileNamesOfTheCallersOwnTickets() {
		assertThat(hits(this.rita, word("cert"))).containsExactly(this.certificate);
		assertThat(hits(this.rita, word("dns") + ".acme.example")).containsExactly(this.certificate);
		assertThat(hits(this.rita, word("reply"))).containsExactly(this.vpn);
		assertThat(hits(this.rita, word("file") + "-peer.txt")).containsExactly(this.vpn);
		assertThat(hits(this.rita, word("content") + ".vpn.example")).as("a text file's content").containsExactly(this.vpn);
		assertThat(hits(this.sre, word("hidden"))).as("a secret in a text file is stored masked").isEmpty();
		assertThat(hits(this.rita, "certificate " + word("cert"))).as("every word").containsExactly(this.certificate);
		assertThat(hits(this.rita, "question " + word("cert"))).isEmpty();
	}

	@Test
	void internalNotesAreFoundByStaffOnlyAndAnotherCustomersTicketsNeverShow() {
		assertThat(hits(this.sre, word("secret"))).containsExactly(this.vpn);
		assertThat(hits(this.rita, word("secret"))).isEmpty();
		assertThat(hits(this.gus, word("cert"))).isEmpty();
		assertThat(hits(this.gus, word("dns") + ".acme.example")).isEmpty();
		assertThat(hits(this.sre, word("dns") + ".acme.example")).containsExactly(this.certificate);
	}

	@Test
	void filtersApplyAndThePageShowsHitsAndRefusesAnEmptySearchBesideTheField() {
		assertThat(ids(this.rita.get("/api/v1/search?q=" + word("reply") + "&type=QUESTION"))).containsExactly(this.vpn);
		assertThat(ids(this.rita.get("/api/v1/search?q=" + word("reply") + "&type=COMPONENT_ACTIVATION"))).isEmpty();
		ApiClient.Response empty = this.rita.get("/api/v1/search?q=");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.code()).isEqualTo("validation-failed");

		ApiClient browser = signIn(this.ritaEmail);
		assertThat(browser.get("/search?q=" + word("cert")).body()).contains(this.certificate, "Certificate " + word("cert"));
		assertThat(browser.get("/search?q=" + "x".repeat(201)).body()).contains("at most 200 characters");
	}

	/** A word no other test's ticket contains, not even inside another of this test's words. */
	private String word(String tag) {
		return tag + this.word;
	}

	private static String file(ApiClient requester, Map<String, Object> request) {
		ApiClient.Response filed = requester.post("/api/v1/tickets", request);
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		return filed.json().path("id").asText();
	}

	private static List<String> hits(ApiClient client, String text) {
		return ids(client.get("/api/v1/search?q=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8)));
	}

	private static List<String> ids(ApiClient.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("content").findValuesAsText("id");
	}

}
