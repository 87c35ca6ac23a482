package io.connectdesk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.connectdesk.common.Role;

/** A requester signs up with the corporate e-mail of their contract and activates the account by its link. */
class SignUpTests extends AccessTestSupport {

	@Test
	void signUpWithAContractAddressMailsALinkThatActivatesTheAccount() throws Exception {
		String email = "nora-" + unique() + "@" + domainOf(newCustomer("Signup Corp"));

		signUp(email, "en").andExpect(redirectedUrl("/signup/sent"));
		this.mvc.perform(get("/signup/sent")).andExpect(content().string(containsString("If the address can be used")));
		signInFails(email);

		String link = Mailbox.linkIn(mailServer, email);
		assertThat(Mailbox.to(mailServer, email)[0].getSubject()).isEqualTo("Activate your Connect Desk account");
		this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		signInFails(email);

		this.mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/login?activated"));
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/tickets"));
		assertThat(this.accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.REQUESTER);
	}

	@Test
	void theMailSpeaksThePreferredLanguage() throws Exception {
		String email = "nuria-" + unique() + "@" + domainOf(newCustomer("Signup Corp"));

		signUp(email, "es");

		assertThat(Mailbox.await(mailServer, email, 1)[0].getSubject()).isEqualTo("Active su cuenta de Connect Desk");
		assertThat(GreenMailUtil.getBody(Mailbox.to(mailServer, email)[0])).contains("Hola Nora Newcomer");
	}

	@Test
	void anAddressOutsideEveryContractIsRefusedBesideTheField() throws Exception {
		String email = "nick-" + unique() + "@gmail-" + unique() + ".example";

		signUp(email, "en").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-problem\"")))
			.andExpect(content().string(containsString("Use the corporate address tied to your organization")));

		assertThat(this.accounts.findByEmail(email)).isEmpty();
		assertThat(mailServer.getReceivedMessages()).isEmpty();
	}

	@Test
	void aShortPasswordIsRefusedBesideTheField() throws Exception {
		String email = "nat-" + unique() + "@" + domainOf(newCustomer("Signup Corp"));

		this.mvc.perform(post("/signup").param("email", email).param("name", "Nat").param("password", "short")
				.param("language", "en").with(csrf()))
			.andExpect(content().string(containsString("at least 12 characters")));

		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void signingUpAgainWhilePendingSendsANewLinkAndRetiresTheOld() throws Exception {
		String email = "noel-" + unique() + "@" + domainOf(newCustomer("Signup Corp"));
		signUp(email, "en");
		String first = Mailbox.linkIn(mailServer, email);

		signUp(email, "en").andExpect(redirectedUrl("/signup/sent"));
		Mailbox.await(mailServer, email, 2);
		String second = Mailbox.linkIn(mailServer, email);

		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(post(first).with(csrf())).andExpect(status().isGone());
		this.mvc.perform(post(second).with(csrf())).andExpect(redirectedUrl("/login?activated"));
	}

	@Test
	void anActiveAccountGetsTheSameAnswerAndNoMail() throws Exception {
		Long customer = newCustomer("Signup Corp");
		String email = newPerson("Nadia", customer, Role.REQUESTER);

		signUp(email, "en").andExpect(redirectedUrl("/signup/sent"));

		assertThat(mailServer.getReceivedMessages()).isEmpty();
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/tickets"));
	}

	@Test
	void aUsedLinkIsRefused() throws Exception {
		String email = "neil-" + unique() + "@" + domainOf(newCustomer("Signup Corp"));
		signUp(email, "en");
		String link = Mailbox.linkIn(mailServer, email);
		this.mvc.perform(post(link).with(csrf())).andExpect(redirectedUrl("/login?activated"));

		this.mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("no longer works")));
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isGone());
	}

	@Test
	void anExpiredLinkIsRefusedAndActivatesNothing() throws Exception {
		String email = "nina-" + unique() + "@" + domainOf(newCustomer("Signup Corp"));
		signUp(email, "en");
		String link = Mailbox.linkIn(mailServer, email);

		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(24)).plusSeconds(60)));

		this.mvc.perform(get(link)).andExpect(status().isGone());
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isGone());
		signInFails(email);
	}

	@Test
	void anUnknownLinkIsRefused() throws Exception {
		this.mvc.perform(get("/signup/verify/not-a-token")).andExpect(status().isGone());
		this.mvc.perform(post("/signup/verify/not-a-token").with(csrf())).andExpect(status().isGone());
	}

	@Test
	void theSignUpPageSpeaksSpanish() throws Exception {
		this.mvc.perform(get("/signup").header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Correo corporativo")));
	}

	private ResultActions signUp(String email, String language) throws Exception {
		return this.mvc.perform(post("/signup").param("email", email)
			.param("name", "Nora Newcomer")
			.param("password", PASSWORD)
			.param("language", language)
			.with(csrf()));
	}

	private void signInFails(String email) throws Exception {
		this.mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

}
