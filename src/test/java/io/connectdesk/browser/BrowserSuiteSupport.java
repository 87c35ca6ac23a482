package io.connectdesk.browser;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;

/**
 * The application started once on a random loopback port with the test profile, and one person per role of a
 * customer of the test's own: a requester, an approver, an SRE and an admin, each with a password to sign in with.
 * Unlike the other tests, the whole journey runs: the job executor takes the asynchronous steps (the cost approval
 * starts in one) and, idle, looks for jobs at least every two seconds (the default backs off to a minute), provisioning is on with its in-process workers and the real adapters (the certificate authority,
 * the Git repositories), with short retry delays, and the live pages poll every second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "camunda.bpm.job-execution.enabled=true",
				"camunda.bpm.job-execution.wait-time-in-millis=500", "camunda.bpm.job-execution.max-wait=2000",
				"connectdesk.provisioning.enabled=true", "connectdesk.provisioning.workers.enabled=true",
				"connectdesk.provisioning.retry-delays=PT0.5S", "connectdesk.provisioning.workers.max-idle-backoff=PT0.5S",
				"connectdesk.live.poll-interval=PT1S" })
@ActiveProfiles("test")
abstract class BrowserSuiteSupport {

	static final String PASSWORD = "browser-it-123";

	@LocalServerPort
	int port;

	@Autowired
	Customers customers;

	@Autowired
	Accounts accounts;

	Caller requester;

	Caller approver;

	Caller sre;

	Caller admin;

	@BeforeEach
	void people() {
		Long customer = this.customers.findOrCreate("Acme Browser " + UUID.randomUUID().toString().substring(0, 8)).getId();
		this.requester = person("Rita Requester", customer, Set.of(Role.REQUESTER));
		this.approver = person("Alex Approver", customer, Set.of(Role.REQUESTER, Role.APPROVER));
		this.sre = person("Sam SRE", null, Set.of(Role.SRE));
		this.admin = person("Ada Admin", null, Set.of(Role.ADMIN, Role.SRE));
	}

	/** A fresh browser that asks for the pages in a language, as a person's first visit does. */
	PageBrowser browser(String language) {
		return new PageBrowser("http://127.0.0.1:" + this.port, language);
	}

	static void signIn(PageBrowser browser, Caller person) {
		browser.signIn(person.email(), PASSWORD);
	}

	private Caller person(String name, Long customer, Set<Role> roles) {
		String email = roles.iterator().next().name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@browser.example";
		return this.accounts.ensure(new Accounts.NewAccount(email, name, PASSWORD, customer, roles, Locale.ENGLISH));
	}

}
