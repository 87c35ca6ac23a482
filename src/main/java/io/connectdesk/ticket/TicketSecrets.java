package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.NotFoundException;

/**
 * The secrets a ticket's text refers to ({@link SecretMasking}): people see only the references;
 * staff may reveal one in full, deliberately (a POST), and every reveal is audited.
 */
@Service
@Transactional
public class TicketSecrets {

	static final String REVEALED = "SECRET_REVEALED";

	private final TicketAccess access;

	private final TicketMessageRepository messages;

	private final ConversationSecrets secrets;

	private final ApplicationEventPublisher publisher;

	private final SecretMasking masking;

	private final List<TicketTexts> otherTexts;

	TicketSecrets(TicketAccess access, TicketMessageRepository messages, ConversationSecrets secrets,
			ApplicationEventPublisher publisher, SecretMasking masking, List<TicketTexts> otherTexts) {
		this.masking = masking;
		this.otherTexts = otherTexts;
		this.access = access;
		this.messages = messages;
		this.secrets = secrets;
		this.publisher = publisher;
	}

	/**
	 * A text that joins the ticket's conversation by another way than a reply (a text file), with its secrets
	 * stored apart as a reply's are; on behalf of whoever the caller already checked (or a mail), so unscoped.
	 */
	public String withoutSecrets(long ticketId, String text) {
		return this.masking.masked(this.access.requireBySystem(TicketKeys.format(ticketId)).getCustomerId(), text);
	}

	/** The secrets in the ticket's title, description and the conversation the caller sees, in order. */
	@Transactional(readOnly = true)
	public List<SecretReference> references(String key, Caller caller) {
		return texts(this.access.require(key, caller), caller).flatMap(text -> SecretMasking.references(text).stream())
			.distinct()
			.toList();
	}

	/** The secret in clear, for staff only; records who revealed which secret of which ticket. */
	public String reveal(String key, String secretId, Caller caller) {
		Ticket ticket = this.access.require(key, caller); // another customer's ticket is not found, as everywhere
		if (!caller.isStaff()) {
			throw new ForbiddenException("secret-reveal-not-allowed", "Only service staff reveal a secret");
		}
		boolean onTicket = texts(ticket, caller).flatMap(text -> SecretMasking.references(text).stream())
			.anyMatch(reference -> reference.id().equals(secretId));
		String value = (onTicket ? this.secrets.reveal(ticket.getCustomerId(), secretId) : java.util.Optional.<String>empty())
			.orElseThrow(() -> new NotFoundException("secret-not-found", "Ticket " + key + " has no secret " + secretId));
		this.publisher.publishEvent(AuditedAct.by(caller, REVEALED, ticket.getCustomerId(), "ticket-secret", secretId,
				Map.of("ticket", ticket.key())));
		return value;
	}

	private Stream<String> texts(Ticket ticket, Caller caller) {
		Stream<String> others = this.otherTexts.stream().flatMap(texts -> texts.texts(ticket.getId(), caller.isStaff()));
		return Stream.of(Stream.of(ticket.getTitle(), ticket.getDescription()), conversation(ticket, caller), others)
			.flatMap(texts -> texts);
	}

	private Stream<String> conversation(Ticket ticket, Caller caller) {
		return this.messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.map(TicketMessage::toView)
			.filter(message -> caller.isStaff() || !message.internal())
			.map(MessageView::body);
	}

}
