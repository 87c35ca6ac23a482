package io.connectdesk.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import io.connectdesk.common.Role;
import io.connectdesk.access.AccessTestSupport;

/** Five wrong passwords in a row lock the account for 15 minutes; a successful sign-in forgets failures. */
class SignInThrottleTests extends AccessTestSupport {

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String email = newPerson("Lou", newCustomer("Throttle Corp"), Role.REQUESTER);
		MockHttpSession session = new MockHttpSession();
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(email, "wrong-password", session).andExpect(redirectedUrl("/login?error"));
		}

		signIn(email, PASSWORD, session).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(content().string(containsString("Too many failed sign-in attempts")))
			.andExpect(content().string(not(containsString("Wrong e-mail or password"))));
	}

	@Test
	void theLockEndsAfterItsTime() throws Exception {
		String email = newPerson("Lee", newCustomer("Throttle Corp"), Role.REQUESTER);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(email, "wrong-password", new MockHttpSession());
		}

		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(15)).plusSeconds(5)));

		signIn(email, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/tickets"));
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
		String email = newPerson("Lia", newCustomer("Throttle Corp"), Role.REQUESTER);
		for (int attempt = 0; attempt < 4; attempt++) {
			signIn(email, "wrong-password", new MockHttpSession());
		}
		signIn(email, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/tickets"));
		for (int attempt = 0; attempt < 4; attempt++) {
			signIn(email, "wrong-password", new MockHttpSession());
		}

		signIn(email, PASSWORD, new MockHttpSession()).andExpect(redirectedUrl("/tickets"));
	}

	@Test
	void aWrongPasswordAloneSaysSoWithoutALock() throws Exception {
		String email = newPerson("Lin", newCustomer("Throttle Corp"), Role.REQUESTER);
		MockHttpSession session = new MockHttpSession();
		signIn(email, "wrong-password", session);

		this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(content().string(containsString("Wrong e-mail or password")));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email, String password,
			MockHttpSession session) throws Exception {
		return this.mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()).session(session));
	}

}
