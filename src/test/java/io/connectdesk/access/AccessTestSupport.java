package io.connectdesk.access;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/**
 * The application with a real SMTP server (GreenMail on port 3925, away from the 3025 a locally
 * running app takes) behind its mail sender, pages through MockMvc, and a fresh customer with its
 * own contract domain for every test.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + AccessTestSupport.SMTP_PORT })
@ActiveProfiles("test")
public abstract class AccessTestSupport {

	public static final String PASSWORD = "correct-horse-battery";

	static final int SMTP_PORT = 3925;

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(true);

	@Autowired
	protected WebApplicationContext context;

	@Autowired
	protected Customers customers;

	@Autowired
	protected Accounts accounts;

	protected MockMvc mvc;

	@BeforeEach
	void browser() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void realTimeAgain() {
		ClockUtil.reset();
	}

	/** A new customer whose contract holds a domain of its own; returns its id. */
	protected Long newCustomer(String name) {
		String unique = unique();
		Long customer = this.customers.findOrCreate(name + " " + unique).getId();
		this.customers.addDomain(customer, "c" + unique + ".example.test");
		return customer;
	}

	protected String domainOf(Long customerId) {
		return this.customers.domainsOf(customerId).get(0);
	}

	/** A new active person in the customer's domain (staff: the service's); returns the e-mail. */
	protected String newPerson(String name, Long customerId, Role... roles) {
		String domain = customerId == null ? "connectdesk.example.test" : domainOf(customerId);
		String email = name.toLowerCase(Locale.ROOT) + "-" + unique() + "@" + domain;
		this.accounts.ensure(new Accounts.NewAccount(email, name, PASSWORD, customerId, Set.of(roles), Locale.ENGLISH));
		return email;
	}

	protected static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
