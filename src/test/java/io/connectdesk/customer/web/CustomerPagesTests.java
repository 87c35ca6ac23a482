package io.connectdesk.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.audit.AuditLog;
import io.connectdesk.customer.Actor;
import io.connectdesk.customer.ContractTerms;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.CustomerDetail;
import io.connectdesk.customer.NewCustomer;
import io.connectdesk.customer.ServicePlan;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/** An admin edits a contract and environments in the browser; problems show beside their fields. */
@SpringBootTest
@ActiveProfiles("test")
class CustomerPagesTests {

	private static final String PASSWORD = "secret-123";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	Contracts contracts;

	@Autowired
	AuditLog audit;

	MockMvc mvc;

	RequestPostProcessor admin;

	CustomerDetail customer;

	String domain;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.admin = person(Role.ADMIN);
		this.domain = "p" + unique() + ".example.test";
		this.customer = this.contracts.create(new NewCustomer("Pages Corp " + unique(),
				new ContractTerms(List.of(this.domain), ServicePlan.STANDARD, 1, "P1M", "UTC")), Actor.SYSTEM);
	}

	@Test
	void adminEditsAContractThroughTheForm() throws Exception {
		this.mvc.perform(get("/admin/customers").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.customer.name())));
		this.mvc.perform(get(page()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"timeZone\""), containsString("perf-test"),
					containsString("Pre-production"))));

		this.mvc.perform(contractForm(this.domain + "\nsecond-" + this.domain, "PREMIUM", "4", "P1W", "Europe/Madrid").with(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("notice", "Contract saved."));

		CustomerDetail changed = this.contracts.detail(this.customer.id());
		assertThat(changed.contract().domains()).containsExactly(this.domain, "second-" + this.domain);
		assertThat(changed.contract().plan()).isEqualTo(ServicePlan.PREMIUM);
		assertThat(changed.contract().urgentQuota().slots()).isEqualTo(4);
		assertThat(changed.contract().urgentQuota().zone().getId()).isEqualTo("Europe/Madrid");
		assertThat(this.audit.find("customer", this.customer.id().toString(), 0, 10).content())
			.extracting(entry -> entry.action()).containsExactly("CONTRACT_CHANGED", "CREATED");
	}

	@Test
	void problemsShowBesideTheirFieldsAndChangeNothing() throws Exception {
		this.mvc.perform(contractForm(this.domain, "PREMIUM", "-2", "P1M", "Atlantis/Capital").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give a whole number from 0 to 1000."),
					containsString("Give a time zone such as Europe/Madrid."),
					not(containsString("Give a period such as P1M")))));

		this.mvc.perform(post("/admin/customers/" + this.customer.id() + "/environments").param("key", "Perf Test")
				.param("displayName", "Performance").param("kind", "ADDITIONAL").with(csrf()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use lower-case letters, digits and dashes")));

		assertThat(this.contracts.detail(this.customer.id())).isEqualTo(this.customer);
	}

	@Test
	void aDomainOfAnotherCustomerShowsBesideTheDomains() throws Exception {
		String other = "o" + unique() + ".example.test";
		this.contracts.create(new NewCustomer("Other Corp " + unique(),
				new ContractTerms(List.of(other), ServicePlan.STANDARD, 1, "P1M", "UTC")), Actor.SYSTEM);

		this.mvc.perform(contractForm(this.domain + ", " + other, "STANDARD", "1", "P1M", "UTC").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This domain belongs to the contract of another customer.")));

		assertThat(this.contracts.detail(this.customer.id())).isEqualTo(this.customer);
	}

	@Test
	void additionalEnvironmentsAreAddedAndRemovedButProductionStays() throws Exception {
		String environments = page() + "/environments";
		this.mvc.perform(post(environments).param("key", "perf-test").param("displayName", "Performance tests")
				.param("kind", "ADDITIONAL").with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(environments + "/production/remove").with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("Only additional environments")));
		this.mvc.perform(post(environments + "/perf-test/remove").with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "Environment perf-test removed."));

		assertThat(this.contracts.detail(this.customer.id()).environments()).extracting(e -> e.key())
			.containsExactly("production", "pre-production");
	}

	@Test
	void newCustomerFormCreatesTheCustomer() throws Exception {
		String name = "Form Corp " + unique();
		String redirect = this.mvc.perform(post("/admin/customers").param("name", name)
				.param("domains", "f" + unique() + ".example.test").param("plan", "ENTERPRISE").param("urgentSlots", "2")
				.param("quotaPeriod", "").param("timeZone", "Europe/Madrid").with(csrf()).with(this.admin))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		CustomerDetail created = this.contracts.detail(Long.valueOf(redirect.substring("/admin/customers/".length())));
		assertThat(created.name()).isEqualTo(name);
		assertThat(created.contract().urgentQuota().period().toString()).isEqualTo("P1M");
		this.mvc.perform(post("/admin/customers").param("name", " ").param("domains", "").with(csrf()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Give the customer a name"),
					containsString("Give one or more domains"))));
	}

	@Test
	void nonAdminsAreForbidden() throws Exception {
		for (Role role : List.of(Role.SRE, Role.REQUESTER)) {
			RequestPostProcessor other = person(role);
			this.mvc.perform(get("/admin/customers").with(other)).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/audit").with(other)).andExpect(status().isForbidden());
			this.mvc.perform(contractForm("x" + this.domain, "PREMIUM", "9", "P1M", "UTC").with(other))
				.andExpect(status().isForbidden());
		}
		assertThat(this.contracts.detail(this.customer.id())).isEqualTo(this.customer);
	}

	@Test
	void theAuditPageShowsTheChanges() throws Exception {
		this.mvc.perform(get("/admin/audit").param("entityType", "customer").param("entityId", this.customer.id().toString())
				.with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CREATED"), containsString(this.domain))));
	}

	private MockHttpServletRequestBuilder contractForm(String domains, String plan, String slots, String period, String zone) {
		return post(page() + "/contract").param("domains", domains)
			.param("plan", plan)
			.param("urgentSlots", slots)
			.param("quotaPeriod", period)
			.param("timeZone", zone)
			.with(csrf());
	}

	private String page() {
		return "/admin/customers/" + this.customer.id();
	}

	private RequestPostProcessor person(Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@pages.example";
		this.accounts.ensure(new Accounts.NewAccount(email, "Pat " + role, PASSWORD, null, Set.of(role), Locale.ENGLISH));
		return httpBasic(email, PASSWORD);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
