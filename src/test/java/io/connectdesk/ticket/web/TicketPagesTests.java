package io.connectdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Caller;
import io.connectdesk.identity.Role;
import io.connectdesk.ticket.TicketFilter;
import io.connectdesk.ticket.TicketQueries;

/** A requester files and follows a ticket in the browser; an SRE works it from the queue. */
@SpringBootTest
@ActiveProfiles("test")
class TicketPagesTests {

	private static final String PASSWORD = "secret-123";

	private static final Pattern TICKET_URL = Pattern.compile("/tickets/(REQ-\\d+)");

	@Autowired
	WebApplicationContext context;

	@Autowired
	Customers customers;

	@Autowired
	Accounts accounts;

	@Autowired
	TicketQueries queries;

	MockMvc mvc;

	Caller requester;

	Caller sre;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.requester = customerUser("Pages Corp");
		this.sre = account("sre", "Sam Pages", null, Role.SRE);
	}

	@Test
	void requesterFilesATicketThroughTheFormAndLandsOnItsPage() throws Exception {
		this.mvc.perform(get("/tickets/new").with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")))
			.andExpect(content().string(containsString("VPN link")));

		String id = file("Open a VPN link", "vpn-link\nnat-egress", "production, pre-production");

		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open a VPN link")))
			.andExpect(content().string(containsString("In review")))
			.andExpect(content().string(containsString("nat-egress, vpn-link")))
			.andExpect(content().string(containsString("pre-production, production")))
			.andExpect(content().string(containsString("Filed")));
		this.mvc.perform(get("/tickets").with(as(this.requester)))
			.andExpect(content().string(containsString("href=\"/tickets/" + id + "\"")));
	}

	@Test
	void emptyTitleIsShownBesideTheTitleAndFilesNothing() throws Exception {
		this.mvc.perform(fileForm("", "description", "", "").with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(view().name("tickets/new"))
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"title\"[^>]*>\\s*<span class=\"field-problem\">Fill in this field.</span>.*")));

		assertThat(ticketsOf(this.requester)).isZero();
	}

	@Test
	void invalidComponentKeyIsShownBesideComponentsInSpanishToo() throws Exception {
		this.mvc.perform(fileForm("A title", "description", "Container Service", "").param("lang", "es")
			.with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use solo letras minúsculas, dígitos y guiones")));

		assertThat(ticketsOf(this.requester)).isZero();
	}

	@Test
	void aDoubleSubmitOfTheSameFormFilesOneTicket() throws Exception {
		MockHttpServletRequestBuilder form = fileForm("Twice", "Sent twice", "", "").param("idempotencyKey", "form-1");
		String first = this.mvc.perform(form.with(as(this.requester))).andReturn().getResponse().getRedirectedUrl();
		String second = this.mvc.perform(form.with(as(this.requester))).andReturn().getResponse().getRedirectedUrl();

		assertThat(second).isEqualTo(first).startsWith("/tickets/REQ-");
		assertThat(ticketsOf(this.requester)).isEqualTo(1);
	}

	@Test
	void aTicketOfAnotherCustomerIsNotFoundWhileTheApiKeepsProblemJson() throws Exception {
		String id = file("Secret plans", "", "");
		Caller stranger = customerUser("Other Corp");

		this.mvc.perform(get("/tickets/" + id).with(as(stranger)))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("Not found")))
			.andExpect(content().string(not(containsString("Secret plans"))));
		this.mvc.perform(get("/tickets/REQ-999999").with(as(this.requester))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/tickets/" + id).with(as(stranger)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void sreClaimsFromTheQueueAndAcceptsWithTheForm() throws Exception {
		String id = file("Please review", "", "");
		this.mvc.perform(get("/queue").with(as(this.sre)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/tickets/" + id + "\"")))
			.andExpect(content().string(containsString("Review the ticket")));
		String task = this.queries.detail(id, this.sre).tasks().get(0).id();

		this.mvc.perform(post("/tasks/" + task + "/claim").param("ticket", id).param("from", "queue")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/queue")).andExpect(flash().attribute("notice", "Task claimed: it is yours now."));
		this.mvc.perform(get("/tickets/" + id).with(as(this.sre)))
			.andExpect(content().string(containsString("action=\"/tasks/" + task + "/complete\"")))
			.andExpect(content().string(containsString("Ask the requester")));

		this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id).param("outcome", "ACCEPT")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/tickets/" + id)).andExpect(flash().attribute("notice", "Ticket accepted."));

		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(content().string(containsString("In progress")))
			.andExpect(content().string(containsString("Accepted")))
			.andExpect(content().string(containsString("Sam Pages")));
	}

	@Test
	void rejectingWithoutAReasonIsShownBesideTheComment() throws Exception {
		String id = file("Reject me", "", "");
		String task = this.queries.detail(id, this.sre).tasks().get(0).id();
		this.mvc.perform(post("/tasks/" + task + "/claim").param("ticket", id).with(as(this.sre)).with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id));

		MvcResult refused = this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id)
			.param("outcome", "REJECT")
			.param("comment", " ")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/tickets/" + id)).andReturn();

		this.mvc.perform(get("/tickets/" + id).flashAttrs(refused.getFlashMap()).with(as(this.sre)))
			.andExpect(content().string(containsString("Write a comment: this outcome needs one.")))
			.andExpect(content().string(containsString("In review")));
	}

	@Test
	void aRefusalOfTheServiceIsAFlashMessageNotAStackTrace() throws Exception {
		String id = file("Not claimed", "", "");
		String task = this.queries.detail(id, this.sre).tasks().get(0).id();

		this.mvc.perform(post("/tasks/" + task + "/complete").param("ticket", id).param("outcome", "ACCEPT")
			.with(as(this.sre))
			.with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("problem", "Claim the task before you complete it or give it back."));
	}

	@Test
	void internalNotesAreShownToStaffButNotToTheRequester() throws Exception {
		String id = file("Talk about it", "", "");
		this.mvc.perform(post("/tickets/" + id + "/replies").param("body", "Customer seems confused")
			.param("internal", "true")
			.with(as(this.sre))
			.with(csrf())).andExpect(redirectedUrl("/tickets/" + id));
		this.mvc.perform(post("/tickets/" + id + "/replies").param("body", "Any news?")
			.with(as(this.requester))
			.with(csrf())).andExpect(redirectedUrl("/tickets/" + id));

		this.mvc.perform(get("/tickets/" + id).with(as(this.sre)))
			.andExpect(content().string(containsString("Customer seems confused")))
			.andExpect(content().string(containsString("class=\"badge internal\"")))
			.andExpect(content().string(containsString("Any news?")));
		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(content().string(not(containsString("Customer seems confused"))))
			.andExpect(content().string(not(containsString("name=\"internal\""))))
			.andExpect(content().string(containsString("Any news?")));
	}

	@Test
	void theQueueIsForStaff() throws Exception {
		this.mvc.perform(get("/queue").with(as(this.requester))).andExpect(status().isForbidden());
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(fileForm("No token", "d", "", "").with(as(this.requester))
			.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		assertThat(ticketsOf(this.requester)).isZero();
	}

	private String file(String title, String components, String environments) throws Exception {
		MvcResult filed = this.mvc.perform(fileForm(title, "What we need", components, environments)
			.with(as(this.requester)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"))
			.andReturn();
		Matcher url = TICKET_URL.matcher(filed.getResponse().getRedirectedUrl());
		assertThat(url.matches()).as("redirected to the ticket, not %s", url).isTrue();
		return url.group(1);
	}

	private static MockHttpServletRequestBuilder fileForm(String title, String description, String components,
			String environments) {
		return post("/tickets").param("type", "VPN_LINK")
			.param("title", title)
			.param("description", description)
			.param("components", components)
			.param("environments", environments)
			.param("cc", "")
			.param("idempotencyKey", UUID.randomUUID().toString())
			.with(csrf());
	}

	private long ticketsOf(Caller caller) {
		return this.queries.list(new TicketFilter(TicketFilter.Scope.MINE, null, null, null), caller, 0, 10)
			.totalElements();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Caller caller) {
		return httpBasic(caller.email(), PASSWORD);
	}

	private Caller customerUser(String customer) {
		return account("requester", "Rosa Pages", this.customers.findOrCreate(customer).getId(), Role.REQUESTER);
	}

	private Caller account(String role, String name, Long customerId, Role... roles) {
		return this.accounts.ensure(new Accounts.NewAccount(role + "-" + UUID.randomUUID() + "@pages.example", name,
				PASSWORD, customerId, Set.of(roles), Locale.ENGLISH));
	}

}
