package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;

/** CC parties come from the customer's own contract domains: nobody else learns of the ticket. */
class CarbonCopyTest extends ApiTestSupport {

	private Long customer;

	private ApiClient requester;

	private String domain;

	@BeforeEach
	void requester() {
		this.customer = newCustomer("Acme");
		String email = newPerson("Rita", this.customer, Role.REQUESTER);
		this.domain = email.substring(email.indexOf('@') + 1);
		this.requester = basic(email);
	}

	@Test
	void colleaguesInTheContractDomainAreCopied() {
		ApiClient.Response filed = this.requester.post("/api/v1/tickets",
				withCc(List.of("ops@" + this.domain, "Lead@" + this.domain.toUpperCase())));

		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		ApiClient.Response ticket = this.requester.get("/api/v1/tickets/" + filed.json().path("id").asText());
		assertThat(ticket.json().path("cc")).extracting(node -> node.asText())
			.containsExactly("lead@" + this.domain, "ops@" + this.domain);
	}

	@Test
	void anAddressOutsideTheContractDomainsIsRefusedByPositionAndNothingIsFiled() {
		ApiClient.Response refused = this.requester.post("/api/v1/tickets",
				withCc(List.of("ops@" + this.domain, "someone@gmail.example", "rival@" + otherCustomersDomain())));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("validation-failed");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("cc[1]", "cc[2]");
		assertThat(refused.json().path("errors").findValuesAsText("message"))
			.allSatisfy(message -> assertThat(message).contains(this.domain));
		assertThat(ticketsFiledBy(this.requester)).isZero();
	}

	private String otherCustomersDomain() {
		String email = newPerson("Olga", newCustomer("Other"), Role.REQUESTER);
		return email.substring(email.indexOf('@') + 1);
	}

	private static Map<String, Object> withCc(List<String> cc) {
		Map<String, Object> request = new HashMap<>(ticketRequest("Share it"));
		request.put("cc", cc);
		return request;
	}

}
