package io.connectdesk.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.connectdesk.cluster.ClusterLock;

/**
 * Reads the desk's mailbox every poll interval, when {@code connectdesk.mail-in.enabled}. One node per
 * interval reads (a cluster claim on the interval's start); should two still meet (a slow poll), the
 * record's unique Message-ID keeps a mail from counting twice. A mail is flagged seen once handled;
 * one that fails stays unseen and is read again at the next poll.
 */
@Component
@ConditionalOnProperty(name = "connectdesk.mail-in.enabled", havingValue = "true")
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private static final String JOB = "mail-in";

	private final Clock clock = Clock.systemUTC();

	private final MailInSettings settings;

	private final InboundMails inbound;

	private final ClusterLock cluster;

	private final Session session;

	MailboxPoller(MailInSettings settings, InboundMails inbound, ClusterLock cluster) {
		this.settings = settings;
		this.inbound = inbound;
		this.cluster = cluster;
		this.session = Session.getInstance(sessionProperties(settings.protocol()));
		log.info("Reading mail from {}", settings);
	}

	/**
	 * Reading a mail must not flag it seen (peek): only a handled mail is flagged, so one that failed is read
	 * again at the next poll. Timeouts keep a hung server from holding the poll forever.
	 */
	private static Properties sessionProperties(String protocol) {
		Properties properties = new Properties();
		properties.setProperty("mail." + protocol + ".peek", "true");
		properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
		properties.setProperty("mail." + protocol + ".timeout", "30000");
		return properties;
	}

	@Scheduled(fixedDelayString = "${connectdesk.mail-in.poll-interval:PT30S}",
			initialDelayString = "${connectdesk.mail-in.poll-interval:PT30S}")
	void poll() {
		long interval = Math.max(1, this.settings.pollInterval().toMillis());
		Instant due = Instant.ofEpochMilli(this.clock.millis() / interval * interval);
		if (!this.cluster.claimRun(JOB, due)) {
			return;
		}
		try {
			readAll();
		}
		catch (MessagingException ex) {
			log.warn("Cannot read mail from {}: {}", this.settings, ex.getMessage());
		}
	}

	/** Reads until the mailbox has no unseen mail left (or only mail that failed in this poll). */
	void readAll() throws MessagingException {
		try (Store store = this.session.getStore(this.settings.protocol())) {
			store.connect(this.settings.host(), this.settings.port(), this.settings.user(), this.settings.password());
			try (Folder folder = store.getFolder(this.settings.folder())) {
				folder.open(Folder.READ_WRITE);
				int handled;
				do {
					handled = readBatch(folder);
				}
				while (handled == this.settings.batchSize());
			}
		}
	}

	/**
	 * One round: the unseen mails' whole content in one FETCH (a round trip per mail would bound the rate by the
	 * server's latency), each handled on its own, then the handled ones flagged seen in one STORE. A node that dies
	 * before the flags leaves them unseen: the next poll finds them recorded and skips them.
	 */
	private int readBatch(Folder folder) throws MessagingException {
		Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
		Message[] batch = Arrays.copyOf(unseen, Math.min(unseen.length, this.settings.batchSize()));
		FetchProfile whole = new FetchProfile();
		whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
		whole.add(FetchProfile.Item.FLAGS); // copying a message reads its flags: one round trip each otherwise
		folder.fetch(batch, whole);
		List<Message> handled = new ArrayList<>();
		for (Message message : batch) {
			try {
				this.inbound.handle(MailReader.read(new MimeMessage((MimeMessage) message)));
				handled.add(message);
			}
			catch (Exception ex) { // one broken mail must not stop the others; it stays unseen for the next poll
				log.warn("Mail {} not handled, left for the next poll: {}", message.getMessageNumber(), ex.toString());
			}
		}
		if (!handled.isEmpty()) {
			folder.setFlags(handled.toArray(Message[]::new), new Flags(Flags.Flag.SEEN), true);
		}
		return handled.size();
	}

}
