package io.connectdesk.access;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the one-time links, in the person's language, only after the account they are for has been
 * committed: a rolled-back sign-up sends nothing. The sending happens off the request thread, so a
 * sign-up answers as fast whether or not a mail goes out (the answer must not tell which addresses
 * have accounts). Without a mail server (no {@link JavaMailSender}) the local profile logs the link
 * instead; elsewhere it is only reported missing.
 */
@Component
class LinkMailer {

	private static final Logger log = LoggerFactory.getLogger(LinkMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final AccessSettings settings;

	private final Environment environment;

	private final ExecutorService sending = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "link-mail");
		thread.setDaemon(true);
		return thread;
	});

	LinkMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, AccessSettings settings,
			Environment environment) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.settings = settings;
		this.environment = environment;
	}

	@TransactionalEventListener
	void afterCommit(LinkMail mail) {
		this.sending.execute(() -> send(mail));
	}

	@PreDestroy
	void stop() {
		this.sending.shutdown();
	}

	void send(LinkMail mail) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			withoutMailServer(mail);
			return;
		}
		try {
			sender.send(message(mail));
		}
		catch (RuntimeException ex) { // MailException mostly: the account stands, the person can sign up again
			log.error("Could not mail the {} link to {}", mail.purpose(), mail.to(), ex);
		}
	}

	SimpleMailMessage message(LinkMail mail) {
		String key = "mail." + mail.purpose().name().toLowerCase(java.util.Locale.ROOT);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.mailFrom());
		message.setTo(mail.to());
		message.setSubject(this.messages.getMessage(key + ".subject", null, mail.locale()));
		message.setText(this.messages.getMessage(key + ".body",
				new Object[] { mail.name(), mail.url(), this.settings.linkValidity().toHours() }, mail.locale()));
		return message;
	}

	private void withoutMailServer(LinkMail mail) {
		if (this.environment.acceptsProfiles(Profiles.of("local"))) {
			log.info("No mail server configured (local profile): the {} link for {} is {}", mail.purpose(), mail.to(),
					mail.url());
		}
		else {
			log.warn("No mail server configured (spring.mail.host): the {} link for {} was not sent; profiles {}",
					mail.purpose(), mail.to(), Arrays.toString(this.environment.getActiveProfiles()));
		}
	}

}
