package io.connectdesk.notification.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/** The dev mailbox, as the local profile turns it on: its own embedded mail server, on free ports. */
@SpringBootTest(properties = "connectdesk.dev-mail.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class DevMailboxTests {

	private static final String PASSWORD = "mailbox-123";

	private static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void devMailServerPorts(DynamicPropertyRegistry registry) {
		registry.add("connectdesk.dev-mail.smtp-port", () -> SMTP_PORT);
		registry.add("connectdesk.dev-mail.imap-port", DevMailboxTests::freePort);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	Customers customers;

	@Autowired
	JavaMailSender mail;

	@Autowired
	GreenMail server;

	MockMvc mvc;

	String ana;

	String bob;

	String staff;

	@BeforeEach
	void mailsToTwoPeople() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Long customer = this.customers.findOrCreate("Mailbox Corp " + UUID.randomUUID()).getId();
		this.ana = person("ana", customer, Role.REQUESTER);
		this.bob = person("bob", customer, Role.REQUESTER);
		this.staff = person("sre", null, Role.SRE);
		send(this.ana, "For Ana " + this.ana);
		send(this.bob, "For Bob " + this.bob);
	}

	@Test
	void peopleSeeOnlyTheMailsSentToThemAndTheLayoutLinksTheMailbox() throws Exception {
		String page = page("/dev/mailbox", this.ana);

		assertThat(page).contains("For Ana " + this.ana).doesNotContain("For Bob " + this.bob).contains("href=\"/dev/mailbox\"");
	}

	@Test
	void staffSeeEveryMailAndOpenOne() throws Exception {
		String mailbox = page("/dev/mailbox", this.staff);
		assertThat(mailbox).contains("For Ana " + this.ana).contains("For Bob " + this.bob);
		// One clock: when it was sent, in the staff member's zone (UTC until they choose one), labelled
		java.time.Instant sent = this.server.getReceivedMessages()[indexOf("For Bob " + this.bob)].getSentDate().toInstant();
		assertThat(mailbox).contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH)
			.withZone(java.time.ZoneId.of("UTC"))
			.format(sent));

		int bobsMail = indexOf("For Bob " + this.bob);
		assertThat(page("/dev/mailbox/" + bobsMail, this.staff)).contains("Body for " + this.bob);
	}

	@Test
	void anotherPersonsMailIsNotFound() throws Exception {
		int bobsMail = indexOf("For Bob " + this.bob);

		this.mvc.perform(get("/dev/mailbox/" + bobsMail).with(httpBasic(this.ana, PASSWORD))).andExpect(status().isNotFound());
	}

	private String page(String path, String email) throws Exception {
		return this.mvc.perform(get(path).with(httpBasic(email, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int indexOf(String subject) throws Exception {
		var messages = this.server.getReceivedMessages();
		for (int i = 0; i < messages.length; i++) {
			if (subject.equals(messages[i].getSubject())) {
				return i;
			}
		}
		throw new AssertionError("No mail " + subject);
	}

	private void send(String to, String subject) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("desk@connectdesk.example");
		message.setTo(to);
		message.setSubject(subject);
		message.setText("Body for " + to);
		this.mail.send(message);
	}

	private String person(String name, Long customerId, Role role) {
		String email = name + "-" + UUID.randomUUID() + "@mailbox.example";
		this.accounts.ensure(new Accounts.NewAccount(email, name, PASSWORD, customerId, Set.of(role), Locale.ENGLISH));
		return email;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
