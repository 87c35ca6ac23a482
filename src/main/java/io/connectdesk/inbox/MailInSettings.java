package io.connectdesk.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the desk's mailbox is ({@code connectdesk.mail-in.*}). The desk's own address,
 * {@code connectdesk.mail-in.address}, is read by notification's {@code ReplyAddresses}.
 *
 * @param protocol {@code imaps} (TLS) or {@code imap}
 * @param password a secret: from the environment, never logged
 * @param batchSize messages handled per round; a full round is followed by another at once
 */
@ConfigurationProperties("connectdesk.mail-in")
record MailInSettings(@DefaultValue("false") boolean enabled, @DefaultValue("imaps") String protocol,
		@DefaultValue("127.0.0.1") String host, @DefaultValue("993") int port, @DefaultValue("") String user,
		@DefaultValue("") String password, @DefaultValue("INBOX") String folder,
		@DefaultValue("PT30S") Duration pollInterval, @DefaultValue("50") int batchSize) {

	@Override
	public String toString() {
		return "MailInSettings[" + this.protocol + "://" + this.user + "@" + this.host + ":" + this.port + "/" + this.folder + "]";
	}

}
