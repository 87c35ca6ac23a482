package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.ticket.TicketQueries;

/** CC after filing (issue 15, item 4): the requester and staff change who is copied, under the filing rule. */
class CarbonCopyAfterFilingTest extends ApiTestSupport {

	@Autowired
	private TicketQueries queries;

	private Long acme;

	private ApiClient rita;

	private ApiClient sre;

	private String ticket;

	@BeforeEach
	void aTicketInReview() {
		this.acme = newCustomer("Acme");
		this.rita = basic(newPerson("Rita", this.acme, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.ticket = fileTicket(this.rita, "Open the VPN to our office");
	}

	@Test
	void theRequesterAddsAColleagueWhoGetsLaterNoticesAndStaffRemoveThemAndTheTimelineSaysWho() {
		String colleague = newAddressWithoutAccount("Cora", this.acme);

		ApiClient.Response added = this.rita.post("/api/v1/tickets/" + this.ticket + "/cc", Map.of("email", colleague.toUpperCase()));

		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		assertThat(added.json().path("cc").toString()).contains(colleague);
		assertThat(this.queries.contacts(this.ticket).cc()).as("whom later notices go to").contains(colleague);
		ApiClient.Response removed = this.sre.delete("/api/v1/tickets/" + this.ticket + "/cc?email=" + colleague);
		assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
		assertThat(this.queries.contacts(this.ticket).cc()).doesNotContain(colleague);
		JsonNode timeline = ticket(this.rita, this.ticket).path("timeline");
		assertThat(timeline.findValuesAsText("kind")).contains("CC_ADDED", "CC_REMOVED");
		assertThat(timeline.toString()).contains("Rita", "Sam");
	}

	@Test
	void anAddressOutsideTheContractDomainsOrAColleagueWhoIsNotTheRequesterChangesNothing() {
		int before = ticket(this.sre, this.ticket).path("timeline").size();

		ApiClient.Response foreign = this.rita.post("/api/v1/tickets/" + this.ticket + "/cc", Map.of("email", "someone@gmail.example"));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.code()).isEqualTo("validation-failed");
		assertThat(foreign.json().path("errors").findValuesAsText("field")).containsExactly("email");
		ApiClient colleague = basic(newPerson("Paul", this.acme, Role.REQUESTER));
		ApiClient.Response notTheirs = colleague.post("/api/v1/tickets/" + this.ticket + "/cc",
				Map.of("email", newAddressWithoutAccount("Cora", this.acme)));
		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(notTheirs.code()).isEqualTo("cc-not-allowed");

		assertThat(ticket(this.sre, this.ticket).path("cc")).isEmpty();
		assertThat(ticket(this.sre, this.ticket).path("timeline").size()).isEqualTo(before);
	}

}
