package io.connectdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.connectdesk.common.Role;

/** Admins invite people; the invited person chooses a password through the mailed link. */
class InvitationTests extends AccessTestSupport {

	@Test
	void anInvitedCustomerUserChoosesAPasswordAndSignsIn() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);
		Long customer = newCustomer("Invite Corp");
		String email = "ivy-" + unique() + "@" + domainOf(customer);

		invite(admin, email, customer, "[\"REQUESTER\",\"APPROVER\"]").andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(email));
		signInFails(email, PASSWORD);

		String link = Mailbox.linkIn(mailServer, email);
		assertThat(Mailbox.to(mailServer, email)[0].getSubject()).isEqualTo("You are invited to Connect Desk");
		this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		signInFails(email, PASSWORD);

		this.mvc.perform(post(link).param("password", "short").with(csrf()))
			.andExpect(content().string(containsString("at least 12 characters")));
		this.mvc.perform(post(link).param("password", PASSWORD).with(csrf())).andExpect(redirectedUrl("/login?activated"));

		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/approvals"));
		assertThat(this.accounts.findByEmail(email).orElseThrow().roles()).containsExactlyInAnyOrder(Role.REQUESTER, Role.APPROVER);
		this.mvc.perform(post(link).param("password", "another-password-1").with(csrf())).andExpect(status().isGone());
	}

	@Test
	void aCustomerUserOutsideTheCustomersDomainsIsRefused() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);
		Long customer = newCustomer("Invite Corp");
		String foreign = "ivan-" + unique() + "@" + domainOf(newCustomer("Other Corp"));

		invite(admin, foreign, customer, "[\"REQUESTER\"]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));

		assertThat(this.accounts.findByEmail(foreign)).isEmpty();
		assertThat(mailServer.getReceivedMessages()).isEmpty();
	}

	@Test
	void staffAreInvitedWithoutACustomer() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);
		String email = "sid-" + unique() + "@connectdesk.example.test";

		invite(admin, email, null, "[\"SRE\"]").andExpect(status().isCreated());
		this.mvc.perform(post(Mailbox.linkIn(mailServer, email)).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?activated"));

		assertThat(this.accounts.findByEmail(email).orElseThrow().isStaff()).isTrue();
	}

	@Test
	void onlyAdminsInvite() throws Exception {
		String sre = newPerson("Sam", null, Role.SRE);

		invite(sre, "x-" + unique() + "@connectdesk.example.test", null, "[\"SRE\"]").andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/invitations").with(httpBasic(sre, PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void theInvitationPageInvitesAndTellsBesideTheFieldWhatIsWrong() throws Exception {
		String admin = newPerson("Ada", null, Role.ADMIN);
		Long customer = newCustomer("Invite Corp");
		String email = "iris-" + unique() + "@" + domainOf(customer);

		this.mvc.perform(get("/admin/invitations").with(httpBasic(admin, PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(post("/admin/invitations").with(httpBasic(admin, PASSWORD)).with(csrf())
				.param("email", "iris@elsewhere.example").param("name", "Iris").param("customerId", customer.toString())
				.param("roles", "REQUESTER"))
			.andExpect(content().string(containsString("contract domains")));
		this.mvc.perform(post("/admin/invitations").with(httpBasic(admin, PASSWORD)).with(csrf())
				.param("email", email).param("name", "Iris").param("customerId", customer.toString())
				.param("roles", "REQUESTER"))
			.andExpect(redirectedUrl("/admin/invitations"));

		assertThat(Mailbox.await(mailServer, email, 1)).hasSize(1);
	}

	private ResultActions invite(String admin, String email, Long customerId, String roles) throws Exception {
		return this.mvc.perform(post("/api/v1/admin/invitations").with(httpBasic(admin, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"name\":\"Ivy Invited\",\"customerId\":" + customerId + ",\"roles\":"
					+ roles + "}"));
	}

	private void signInFails(String email, String password) throws Exception {
		this.mvc.perform(formLogin("/login").user(email).password(password)).andExpect(redirectedUrl("/login?error"));
	}

}
