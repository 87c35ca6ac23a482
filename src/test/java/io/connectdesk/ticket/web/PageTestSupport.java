package io.connectdesk.ticket.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.common.Caller;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.ticket.TicketQueries;

/** The pages through MockMvc, with a requester of the test's own customer and an SRE. */
@SpringBootTest
@ActiveProfiles("test")
abstract class PageTestSupport {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Customers customers;

	@Autowired
	Accounts accounts;

	@Autowired
	TicketQueries queries;

	Browser browser;

	MockMvc mvc;

	Caller requester;

	Caller sre;

	private final String customer;

	private final String requesterName;

	PageTestSupport(String customer, String requesterName) {
		this.customer = customer;
		this.requesterName = requesterName;
	}

	@BeforeEach
	void setUp() {
		this.browser = new Browser(this.context, this.customers, this.accounts);
		this.mvc = this.browser.mvc;
		this.requester = this.browser.customerUser(this.customer, this.requesterName);
		this.sre = this.browser.sre("Sam Pages");
	}

}
