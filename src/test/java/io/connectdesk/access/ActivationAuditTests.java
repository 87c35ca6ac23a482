package io.connectdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.common.Role;

/** Invitations, their acceptance and sign-up activations each leave an audit entry, with who acted. */
class ActivationAuditTests extends AccessTestSupport {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void anInvitationAndItsAcceptanceAreAudited() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);
		Long customer = newCustomer("Invite Corp");
		String email = "ivy-" + unique() + "@" + domainOf(customer);

		this.mvc.perform(post("/api/v1/admin/invitations").with(httpBasic(admin, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"name\":\"Ivy\",\"customerId\":" + customer + ",\"roles\":[\"REQUESTER\"]}"))
			.andExpect(status().isCreated());
		this.mvc.perform(post(Mailbox.linkIn(mailServer, email)).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?activated"));

		JsonNode entries = audit(admin, "customerId=" + customer);
		assertThat(entries.findValuesAsText("action")).containsExactly("INVITATION_ACCEPTED", "INVITATION_SENT");
		assertThat(entries.findValuesAsText("actorName")).containsExactly(email, admin);
		assertThat(entries.get(1).path("details").path("roles").toString()).contains("REQUESTER");
	}

	@Test
	void aSignUpActivationIsAuditedAsThePersonsOwnAct() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);
		Long customer = newCustomer("Signup Corp");
		String email = "nora-" + unique() + "@" + domainOf(customer);

		this.mvc.perform(post("/signup").param("email", email).param("name", "Nora").param("password", PASSWORD)
			.param("language", "en").with(csrf())).andExpect(redirectedUrl("/signup/sent"));
		assertThat(audit(admin, "customerId=" + customer)).as("signing up alone changes no access yet").isEmpty();
		this.mvc.perform(post(Mailbox.linkIn(mailServer, email)).with(csrf())).andExpect(redirectedUrl("/login?activated"));

		JsonNode entries = audit(admin, "customerId=" + customer);
		assertThat(entries.findValuesAsText("action")).containsExactly("SIGN_UP_ACTIVATED");
		assertThat(entries.findValuesAsText("actorName")).containsExactly(email);
	}

	private JsonNode audit(String admin, String query) throws Exception {
		String body = this.mvc.perform(get("/api/v1/admin/audit?" + query).with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).path("content");
	}

}
