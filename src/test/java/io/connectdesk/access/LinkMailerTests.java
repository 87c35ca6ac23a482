package io.connectdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/** Without a mail server the local profile logs the link, so a developer can follow it; no other profile does. */
@ExtendWith(OutputCaptureExtension.class)
class LinkMailerTests {

	private static final String LINK = "http://localhost:8080/signup/verify/the-secret-token";

	@Test
	void withoutAMailServerTheLocalProfileLogsTheLink(CapturedOutput output) {
		mailerIn("local").send(mail());

		assertThat(output).contains(LINK);
	}

	@Test
	void withoutAMailServerOtherProfilesNeverLogTheLink(CapturedOutput output) {
		mailerIn("postgres").send(mail());

		assertThat(output).doesNotContain("the-secret-token").contains("was not sent");
	}

	private static LinkMailer mailerIn(String profile) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		return new LinkMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), new StaticMessageSource(),
				new AccessSettings(Duration.ofHours(24), "http://localhost:8080", "desk@connectdesk.example"), environment);
	}

	private static LinkMail mail() {
		return new LinkMail("nora@acme.example", "Nora", Locale.ENGLISH, LinkPurpose.VERIFY, LINK);
	}

}
