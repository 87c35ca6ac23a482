package io.connectdesk.inbox;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.connectdesk.common.DeskException;
import io.connectdesk.notification.ReplyAddresses;

/**
 * Handles one mail read from the mailbox, in one transaction with its record: the record's unique
 * Message-ID makes a second delivery (or a second node) find it done, and a reply or filing that
 * fails rolls back with it. A mail the desk refuses is then recorded on its own with the refusal
 * mail, so that a refused mail changes nothing else. Automatic mail is recorded, never answered.
 */
@Component
class InboundMails {

	private static final Logger log = LoggerFactory.getLogger(InboundMails.class);

	private final MailRecords records;

	private final ReplyAddresses addresses;

	private final MailActions actions;

	private final TransactionTemplate transaction;

	InboundMails(MailRecords records, ReplyAddresses addresses, MailActions actions,
			PlatformTransactionManager transactionManager) {
		this.records = records;
		this.addresses = addresses;
		this.actions = actions;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @return what became of it; empty when it had been handled before */
	Optional<MailOutcome> handle(InboundMail mail) {
		if (this.records.seen(mail.messageId())) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.transaction.execute(status -> act(mail, this.records.received(mail))));
		}
		catch (DataIntegrityViolationException handledElsewhere) {
			return Optional.empty();
		}
		catch (DeskException refused) {
			log.info("Mail {} from {} refused: {}", mail.messageId(), mail.from(), refused.code());
			return refuse(mail, ticketNamed(mail).orElse(null), refused.code());
		}
	}

	private MailOutcome act(InboundMail mail, long id) {
		Optional<String> ticket = ticketNamed(mail);
		if (mail.isAutomatic()) {
			log.info("Automatic mail {} from {} recorded, not answered ({})", mail.messageId(), mail.from(), mail.automatic());
			return done(id, MailOutcome.AUTOMATIC, ticket.orElse(null));
		}
		if (ticket.isPresent()) {
			this.actions.reply(ticket.get(), mail);
			return done(id, MailOutcome.REPLIED, ticket.get());
		}
		if (mail.recipients().contains(this.addresses.desk())) {
			return done(id, MailOutcome.FILED, this.actions.file(mail));
		}
		throw new MailRefusedException("no-ticket-named", "The mail names no ticket and is not to the desk's address");
	}

	private MailOutcome done(long id, MailOutcome outcome, String ticketId) {
		this.records.handled(id, outcome, ticketId);
		return outcome;
	}

	private Optional<MailOutcome> refuse(InboundMail mail, String ticketId, String code) {
		try {
			return Optional.of(this.transaction.execute(status -> {
				long id = this.records.received(mail);
				boolean told = this.actions.refuse(mail, ticketId, code);
				return done(id, told ? MailOutcome.REFUSED : MailOutcome.IGNORED, ticketId);
			}));
		}
		catch (DataIntegrityViolationException handledElsewhere) {
			return Optional.empty();
		}
	}

	private Optional<String> ticketNamed(InboundMail mail) {
		return mail.recipients().stream().map(this.addresses::ticketOf).flatMap(Optional::stream).findFirst();
	}

}
