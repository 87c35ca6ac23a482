package io.connectdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.connectdesk.identity.Memberships;
import io.connectdesk.common.Role;

/** Customer admins mark the approvers of their own customer, and only there. */
class OrganizationPeopleTests extends AccessTestSupport {

	@Autowired
	Memberships memberships;

	@Test
	void aCustomerAdminGrantsAndRevokesApproverWithinTheirCustomer() throws Exception {
		Long customer = newCustomer("People Corp");
		String admin = customerAdmin(customer);
		String rita = newPerson("Rita", customer, Role.REQUESTER);
		Long ritaId = this.accounts.findByEmail(rita).orElseThrow().userId();

		this.mvc.perform(get("/api/v1/organization/people").with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		approver(admin, ritaId, true).andExpect(status().isOk()).andExpect(jsonPath("$.roles.length()").value(2));
		assertThat(this.accounts.findByEmail(rita).orElseThrow().roles()).contains(Role.APPROVER);

		approver(admin, ritaId, false).andExpect(status().isOk());
		assertThat(this.accounts.findByEmail(rita).orElseThrow().roles()).containsExactly(Role.REQUESTER);
	}

	@Test
	void anotherCustomersPeopleDoNotExistForACustomerAdmin() throws Exception {
		String admin = customerAdmin(newCustomer("People Corp"));
		String stranger = newPerson("Stan", newCustomer("Other Corp"), Role.REQUESTER);
		Long strangerId = this.accounts.findByEmail(stranger).orElseThrow().userId();

		approver(admin, strangerId, true).andExpect(status().isNotFound());
		this.mvc.perform(post("/organization/people/" + strangerId + "/approver").param("approver", "true")
				.with(httpBasic(admin, PASSWORD)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.accounts.findByEmail(stranger).orElseThrow().roles()).containsExactly(Role.REQUESTER);
	}

	@Test
	void aRequesterWhoIsNoCustomerAdminIsForbidden() throws Exception {
		Long customer = newCustomer("People Corp");
		String requester = newPerson("Rob", customer, Role.REQUESTER, Role.APPROVER);
		Long colleague = this.accounts.findByEmail(newPerson("Col", customer, Role.REQUESTER)).orElseThrow().userId();

		this.mvc.perform(get("/api/v1/organization/people").with(httpBasic(requester, PASSWORD))).andExpect(status().isForbidden());
		approver(requester, colleague, true).andExpect(status().isForbidden());
		this.mvc.perform(get("/organization/people").with(httpBasic(requester, PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void thePeoplePageListsTheCustomerAndMarksApprovers() throws Exception {
		Long customer = newCustomer("People Corp");
		String admin = customerAdmin(customer);
		String rita = newPerson("Rita", customer, Role.REQUESTER);
		Long ritaId = this.accounts.findByEmail(rita).orElseThrow().userId();
		newPerson("Stan", newCustomer("Other Corp"), Role.REQUESTER);

		this.mvc.perform(get("/organization/people").with(httpBasic(admin, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(rita)))
			.andExpect(content().string(containsString("href=\"/organization/people\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("@" + domainOf(customer) + "\n"))));
		this.mvc.perform(post("/organization/people/" + ritaId + "/approver").param("approver", "true")
				.with(httpBasic(admin, PASSWORD)).with(csrf()))
			.andExpect(redirectedUrl("/organization/people"));

		assertThat(this.accounts.findByEmail(rita).orElseThrow().roles()).contains(Role.APPROVER);
	}

	@Test
	void anAdminManagesTheApproversOfAnyCustomer() throws Exception {
		Long customer = newCustomer("People Corp");
		String admin = newPerson("Ada", null, Role.ADMIN);
		Long ritaId = this.accounts.findByEmail(newPerson("Rita", customer, Role.REQUESTER)).orElseThrow().userId();

		this.mvc.perform(get("/api/v1/organization/people").param("customerId", customer.toString()).with(httpBasic(admin, PASSWORD)))
			.andExpect(jsonPath("$.length()").value(1));
		approver(admin, ritaId, true).andExpect(status().isOk());
	}

	private String customerAdmin(Long customer) {
		String email = newPerson("Cora", customer, Role.REQUESTER);
		this.memberships.makeCustomerAdmin(email);
		return email;
	}

	private ResultActions approver(String caller, Long userId, boolean approver) throws Exception {
		return this.mvc.perform(put("/api/v1/organization/people/" + userId + "/approver").with(httpBasic(caller, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approver\":" + approver + "}"));
	}

}
