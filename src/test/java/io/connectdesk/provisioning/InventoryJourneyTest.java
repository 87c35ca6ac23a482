package io.connectdesk.provisioning;

import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * What provisioning produced shows in the customer's inventory: a certificate and a source repository are
 * provisioned by the real adapters, the ticket is resolved, and the customer's people (API and page) and the SREs
 * see both components with their results and the ticket that activated them; another customer sees nothing of
 * them. (A change ticket updating them: {@link InventoryChangeJourneyTest}.)
 */
class InventoryJourneyTest extends RealAdaptersTestSupport {

	private Long acme;

	private String requesterEmail;

	private ApiClient requester;

	private ApiClient approver;

	private ApiClient sre;

	private String sreEmail;

	@BeforeEach
	void peopleOfTheDesk() {
		this.acme = newCustomer("Acme");
		this.requesterEmail = newPerson("Rita", this.acme, Role.REQUESTER);
		this.requester = basic(this.requesterEmail);
		this.approver = basic(newPerson("Ana", this.acme, Role.APPROVER, Role.REQUESTER));
		this.sreEmail = newPerson("Sam", null, Role.SRE);
		this.sre = basic(this.sreEmail);
	}

	@Test
	void resolvedActivationShowsWhatTheRealAdaptersProducedInTheCustomersInventory() {
		assertThat(inventory(this.requester).path("items")).as("nothing active yet").isEmpty();
		String ticket = provisioned(ProvisioningTestSupport.activation("Certificate and repository",
				List.of("tls-certificate", "source-repository"), List.of("production")));
		JsonNode provisioned = this.sre.get("/api/v1/tickets/" + ticket + "/provisioning").json();
		assertThat(inventory(this.requester).path("items")).as("not before the ticket is resolved").isEmpty();

		claimAndComplete(this.sre, ticket, "RESOLVE", "Certificate issued, repository created.");

		JsonNode items = inventory(this.requester).path("items");
		assertThat(items.findValuesAsText("componentKey")).containsExactly("source-repository", "tls-certificate");
		assertThat(items.findValuesAsText("activatedBy")).containsOnly(ticket);
		JsonNode repository = item(items, "source-repository");
		assertThat(repository.path("activeFrom").asText()).isNotBlank();
		assertThat(repository.path("results").path("ticketId").asText()).isEqualTo(ticket);
		assertThat(repository.path("results").path("outputs").path("cloneUrl").asText())
			.isEqualTo(outputsOf(provisioned, "source-repository").path("cloneUrl").asText())
			.endsWith("/orders-api.git");
		assertThat(repository.path("results").path("updatedAt").asText()).isNotBlank();
		JsonNode certificate = item(items, "tls-certificate").path("results");
		String fingerprint = outputsOf(provisioned, "tls-certificate").path("fingerprintSha256").asText();
		assertThat(certificate.path("outputs").path("fingerprintSha256").asText()).isEqualTo(fingerprint).isNotBlank();
		String chainUrl = "/api/v1/tickets/" + ticket + "/certificates/tls-certificate/production.pem";
		assertThat(certificate.path("certificateUrl").asText()).isEqualTo(chainUrl);
		assertThat(this.requester.get(chainUrl).status()).as("the link downloads the chain").isEqualTo(200);
		assertThat(certificate.path("outputs").path("privateKeyRef").asText()).as("a secret only by reference").startsWith("sec-");

		// SREs see the same through the admin route; staff have no inventory of their own
		JsonNode bySre = this.sre.get("/api/v1/admin/customers/" + this.acme + "/inventory").json();
		assertThat(bySre.path("items")).isEqualTo(items);
		assertThat(this.sre.get("/api/v1/inventory").code()).isEqualTo("customer-not-found");
		assertThat(this.sre.get("/api/v1/admin/customers/999999999/inventory").status()).isEqualTo(404);

		// The page: the activating ticket, the clone URL as a link, the certificate download
		String page = signIn(this.requesterEmail).get("/inventory").body();
		assertThat(page).contains("/tickets/" + ticket, "href=\"" + repository.path("results").path("outputs").path("cloneUrl").asText() + "\"",
				"href=\"" + chainUrl + "\"", fingerprint);
		// One clock: when the results were updated, in the contract's zone for its people, labelled
		java.time.Instant updated = java.time.Instant.parse(repository.path("results").path("updatedAt").asText());
		String zone = this.requester.get("/api/v1/quota").json().path("timeZone").asText();
		assertThat(page).contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", java.util.Locale.ENGLISH)
			.withZone(java.time.ZoneId.of(zone))
			.format(updated));
		ApiClient.Response staffPage = signIn(this.sreEmail).get("/admin/customers/" + this.acme + "/inventory");
		assertThat(staffPage.status()).as(staffPage.toString()).isEqualTo(200);
		assertThat(staffPage.body()).contains(fingerprint, "/tickets/" + ticket);
	}

	@Test
	void anotherCustomerSeesNoneOfIt() {
		String ticket = provisioned(ProvisioningTestSupport.activation("Repository", List.of("source-repository"),
				List.of("production")));
		claimAndComplete(this.sre, ticket, "RESOLVE", "Done.");
		assertThat(inventory(this.requester).path("items")).hasSize(1);

		Long globex = newCustomer("Globex");
		String strangerEmail = newPerson("Gus", globex, Role.REQUESTER, Role.APPROVER);
		ApiClient stranger = basic(strangerEmail);
		JsonNode theirs = inventory(stranger);
		assertThat(theirs.path("customerId").asLong()).isEqualTo(globex);
		assertThat(theirs.path("items")).isEmpty();
		assertThat(theirs.toString()).doesNotContain(ticket, "orders-api");
		assertThat(stranger.get("/api/v1/admin/customers/" + this.acme + "/inventory").status()).isEqualTo(403);
		ApiClient session = signIn(strangerEmail);
		assertThat(session.get("/inventory").body()).doesNotContain(ticket, "orders-api");
		assertThat(session.get("/admin/customers/" + this.acme + "/inventory").status()).isIn(403, 404);
	}

	/** Files, accepts and (if asked) approves the ticket; returns once its items are done and the SRE's fulfilment waits. */
	private String provisioned(Map<String, Object> request) {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		ProvisioningTestSupport.approvedIfAsked(ticket, this.requester, this.approver);
		ProvisioningTestSupport.eventually(() -> this.sre.get("/api/v1/tickets/" + ticket + "/provisioning").json(),
				found -> !found.isEmpty() && found.findValuesAsText("status").stream().allMatch("DONE"::equals), "items done");
		ProvisioningTestSupport.eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals,
				"the SRE's fulfilment task");
		return ticket;
	}

	private static JsonNode inventory(ApiClient client) {
		ApiClient.Response found = client.get("/api/v1/inventory");
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json();
	}

	private static JsonNode outputsOf(JsonNode provisioningItems, String component) {
		return item(provisioningItems, component).path("outputs");
	}

	private static JsonNode item(JsonNode items, String component) {
		for (JsonNode item : items) {
			if (item.path("componentKey").asText().equals(component)) {
				return item;
			}
		}
		throw new AssertionError("No item for " + component + " in " + items);
	}

}
