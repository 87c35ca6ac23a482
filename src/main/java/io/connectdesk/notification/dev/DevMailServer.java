package io.connectdesk.notification.dev;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local profile's mail server: GreenMail on the loopback interface (SMTP, and IMAP for a mail
 * client), which {@code spring.mail} points at. It keeps every mail it receives, in memory, for the
 * dev mailbox page. Never active in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DevMailServer.ENABLED, havingValue = "true")
class DevMailServer {

	static final String ENABLED = "connectdesk.dev-mail.enabled";

	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail embeddedMailServer(@Value("${connectdesk.dev-mail.smtp-port:3025}") int smtpPort,
			@Value("${connectdesk.dev-mail.imap-port:3143}") int imapPort) {
		return new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

}
