package io.connectdesk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

/** What the test SMTP server received. */
final class Mailbox {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/(signup/verify|invitations)/[A-Za-z0-9_-]+)");

	private Mailbox() {
	}

	static MimeMessage[] to(GreenMailExtension server, String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

	/** The mails to that address, once there are at least {@code count} (they leave after the commit, off the request thread). */
	static MimeMessage[] await(GreenMailExtension server, String address, int count) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		MimeMessage[] messages = to(server, address);
		while (messages.length < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
			messages = to(server, address);
		}
		assertThat(messages).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
		return messages;
	}

	/** The path of the one link in the last mail to that address. */
	static String linkIn(GreenMailExtension server, String address) throws InterruptedException {
		MimeMessage[] messages = await(server, address, 1);
		String body = GreenMailUtil.getBody(messages[messages.length - 1]);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link in " + body).isTrue();
		return link.group(1);
	}

}
