package io.connectdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;

/** The pages as a signed-in person's browser uses them, on the real application; people with unique e-mails. */
class Browser {

	static final String PASSWORD = "secret-123";

	private static final Pattern TICKET_URL = Pattern.compile("/tickets/(REQ-\\d+)");

	final MockMvc mvc;

	private final Customers customers;

	private final Accounts accounts;

	Browser(WebApplicationContext context, Customers customers, Accounts accounts) {
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		this.customers = customers;
		this.accounts = accounts;
	}

	Caller customerUser(String customer, String name) {
		return account(name, this.customers.findOrCreate(customer).getId(), Role.REQUESTER);
	}

	Caller sre(String name) {
		return account(name, null, Role.SRE);
	}

	/** Files a ticket through the form and answers its key, from the page the form redirects to. */
	String file(Caller requester, String title) throws Exception {
		MvcResult filed = this.mvc.perform(fileForm(title, "What we need", "", "").with(as(requester)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"))
			.andReturn();
		Matcher url = TICKET_URL.matcher(filed.getResponse().getRedirectedUrl());
		assertThat(url.matches()).as("redirected to the ticket, not %s", filed.getResponse().getRedirectedUrl()).isTrue();
		return url.group(1);
	}

	/** The new-ticket form as a browser posts it, with its CSRF token and a fresh idempotency key. */
	static MockHttpServletRequestBuilder fileForm(String title, String description, String components,
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

	static RequestPostProcessor as(Caller caller) {
		return httpBasic(caller.email(), PASSWORD);
	}

	private Caller account(String name, Long customerId, Role role) {
		String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@pages.example";
		return this.accounts.ensure(new Accounts.NewAccount(email, name, PASSWORD, customerId, Set.of(role), Locale.ENGLISH));
	}

}
