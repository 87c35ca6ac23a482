package io.connectdesk.notification.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import io.connectdesk.identity.Accounts;
import io.connectdesk.common.Role;

/** Outside the local profile there is no dev mailbox, and no link to one. */
@SpringBootTest
@ActiveProfiles("test")
class DevMailboxAbsentTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Accounts accounts;

	@Test
	void theMailboxIsNotFoundAndNotLinked() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		String email = "sre-" + UUID.randomUUID() + "@absent.example";
		this.accounts.ensure(new Accounts.NewAccount(email, "Sre", "absent-123", null, Set.of(Role.SRE), Locale.ENGLISH));

		mvc.perform(get("/dev/mailbox").with(httpBasic(email, "absent-123"))).andExpect(status().isNotFound());
		String tickets = mvc.perform(get("/tickets").with(httpBasic(email, "absent-123")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tickets).doesNotContain("/dev/mailbox");
	}

}
