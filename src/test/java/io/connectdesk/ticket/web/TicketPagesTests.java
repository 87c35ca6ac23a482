package io.connectdesk.ticket.web;

import static io.connectdesk.ticket.web.Browser.as;
import static io.connectdesk.ticket.web.Browser.fileForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.TicketFilter;

/** A requester files a ticket in the browser and follows it at its URL; nobody else's customer sees it. */
class TicketPagesTests extends PageTestSupport {

	TicketPagesTests() {
		super("Pages Corp", "Rosa Pages");
	}

	@Test
	void requesterFilesATicketThroughTheFormAndLandsOnItsPage() throws Exception {
		this.mvc.perform(get("/tickets/new").with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"idempotencyKey\"")))
			.andExpect(content().string(containsString("VPN link")));

		String redirect = this.mvc.perform(fileForm("Open a VPN link", "To our data centre", "vpn-link\nnat-egress",
				"production, pre-production").with(as(this.requester)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).matches("/tickets/REQ-\\d+");
		String id = redirect.substring("/tickets/".length());

		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open a VPN link")))
			.andExpect(content().string(containsString("In review")))
			.andExpect(content().string(containsString("<ul class=\"plain-list\"><li>NAT egress with fixed IPs</li><li>VPN link (IPSec)</li></ul>")))
			.andExpect(content().string(containsString("<ul class=\"plain-list\"><li>Pre-production</li><li>Production</li></ul>")))
			.andExpect(content().string(containsString("Filed")));
		this.mvc.perform(get("/tickets").with(as(this.requester)))
			.andExpect(content().string(containsString("href=\"/tickets/" + id + "\"")));
	}

	@Test
	void emptyTitleIsShownBesideTheTitleAndFilesNothing() throws Exception {
		this.mvc.perform(fileForm("", "description", "", "").with(as(this.requester)))
			.andExpect(status().isOk())
			.andExpect(view().name("filing/new"))
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"title\"[^>]*>\\s*<span class=\"field-problem\" id=\"title-problem\">Fill in this field.</span>.*")));

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
		String id = this.browser.file(this.requester, "Secret plans");
		Caller stranger = this.browser.customerUser("Other Corp", "Olga Other");

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
	void internalNotesAreShownToStaffButNotToTheRequester() throws Exception {
		String id = this.browser.file(this.requester, "Talk about it");
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
			.andExpect(content().string(containsString("Internal note added")))
			.andExpect(content().string(containsString("Any news?")));
		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(content().string(not(containsString("Customer seems confused"))))
			.andExpect(content().string(not(containsString("Internal note added"))))
			.andExpect(content().string(not(containsString("name=\"internal\""))))
			.andExpect(content().string(containsString("Any news?")));
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(fileForm("No token", "d", "", "").with(as(this.requester))
			.with(csrf().useInvalidToken())).andExpect(status().isForbidden());
		assertThat(ticketsOf(this.requester)).isZero();
	}

	@Test
	void everyTimeIsInTheViewersZoneAndSaysWhichStaffChooseTheirOwn() throws Exception {
		String id = this.browser.file(this.requester, "What time is it");
		String created = "(?s).*<dt>Created</dt>\\s*<dd>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d %s</dd>.*";
		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(content().string(matchesPattern(created.formatted("UTC"))));
		this.mvc.perform(get("/tickets/" + id).with(as(this.sre)))
			.andExpect(content().string(matchesPattern(created.formatted("UTC"))));

		this.mvc.perform(post("/profile/time-zone").param("timeZone", "Mars/Olympus").with(as(this.sre)).with(csrf()))
			.andExpect(redirectedUrl("/tokens#time-zone"))
			.andExpect(flash().attribute("fieldProblems", java.util.Map.of("profile.timeZone",
					"Not a time zone: write a region such as Europe/Madrid or America/Lima.")));
		this.mvc.perform(post("/profile/time-zone").param("timeZone", "Europe/Madrid").with(as(this.sre)).with(csrf()))
			.andExpect(redirectedUrl("/tokens#time-zone"));

		this.mvc.perform(get("/tickets/" + id).with(as(this.sre)))
			.andExpect(content().string(matchesPattern(created.formatted("(CET|CEST)"))));
		this.mvc.perform(get("/tickets/" + id).with(as(this.requester)))
			.andExpect(content().string(matchesPattern(created.formatted("UTC"))));
		this.mvc.perform(get("/tokens").with(as(this.sre)))
			.andExpect(content().string(containsString("value=\"Europe/Madrid\"")));
	}

	private long ticketsOf(Caller caller) {
		return this.queries.list(new TicketFilter(TicketFilter.Scope.MINE, null, null, null), caller, 0, 10)
			.totalElements();
	}

}
