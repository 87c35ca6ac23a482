package io.connectdesk.attachment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.ticket.Reply;
import io.connectdesk.ticket.TicketConversation;
import io.connectdesk.ticket.LineDetail;
import io.connectdesk.ticket.TicketEntries;

/**
 * Files on a ticket: stored after every check passed and in the same transaction as the reply they came
 * with, so a refused file stores nothing, not even the reply. Served only to whoever may see the ticket;
 * internal files only to staff, and to anyone else they do not exist.
 */
@Service
@Transactional
public class Attachments {

	private final AttachmentChecks checks;

	private final AttachmentRows rows;

	private final AttachmentStore store;

	private final TicketEntries tickets;

	private final TicketConversation conversation;

	private final Clock clock;

	private final TextFileSecrets secrets;

	Attachments(AttachmentChecks checks, AttachmentRows rows, AttachmentStore store, TicketEntries tickets,
			TicketConversation conversation, Clock clock, TextFileSecrets secrets) {
		this.secrets = secrets;
		this.checks = checks;
		this.rows = rows;
		this.store = store;
		this.tickets = tickets;
		this.conversation = conversation;
		this.clock = clock;
	}

	/** Files on an open ticket the caller may see, without a message; internal ones only by staff. */
	public List<AttachmentView> store(String ticketKey, Visibility visibility, List<IncomingFile> files, Caller by) {
		requireMayWrite(visibility, by);
		long ticketId = this.tickets.requireOpen(ticketKey, by);
		List<CheckedFile> checked = this.checks.check(ticketId, files);
		List<AttachmentView> stored = save(ticketId, visibility, checked, by.userId(), by.name());
		if (!stored.isEmpty()) {
			this.tickets.record(ticketKey, kindOf(visibility), by, names(stored));
		}
		return stored;
	}

	/**
	 * The checks alone, for files that come with a ticket not filed yet: the filing checks them first and
	 * files nothing when one is refused, then stores them with {@link #store}.
	 */
	@Transactional(readOnly = true)
	public void checkForNewTicket(List<IncomingFile> files) {
		this.checks.check(files, 0);
	}

	/** One file, for callers that have one (a mail's part). */
	public AttachmentView store(String ticketKey, Visibility visibility, String filename, byte[] bytes, Caller by) {
		return store(ticketKey, visibility, List.of(new IncomingFile(filename, bytes)), by).get(0);
	}

	/**
	 * Files that arrived on behalf of nobody signed in (an e-mail reply): same checks, unscoped.
	 *
	 * @param byName who sent them, as the timeline and the list show it
	 */
	public List<AttachmentView> storeBySystem(String ticketKey, Visibility visibility, List<IncomingFile> files,
			String byName) {
		long ticketId = this.tickets.requireOpenBySystem(ticketKey);
		List<AttachmentView> stored = save(ticketId, visibility, this.checks.check(ticketId, files), null, byName);
		if (!stored.isEmpty()) {
			this.tickets.recordBySystem(ticketKey, kindOf(visibility), LineDetail.plain(byName + ": " + names(stored)));
		}
		return stored;
	}

	/** A reply or internal note with files: the reply is posted only when every file passes. */
	public List<AttachmentView> reply(String ticketKey, Caller caller, Reply reply, List<IncomingFile> files) {
		Visibility visibility = Visibility.of(reply.internal());
		requireMayWrite(visibility, caller);
		long ticketId = this.tickets.requireOpen(ticketKey, caller);
		List<CheckedFile> checked = this.checks.check(ticketId, files);
		this.conversation.reply(ticketKey, caller, reply);
		List<AttachmentView> stored = save(ticketId, visibility, checked, caller.userId(), caller.name());
		if (!stored.isEmpty()) {
			this.tickets.record(ticketKey, kindOf(visibility), caller, names(stored));
		}
		return stored;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> of(String ticketKey, Caller caller) {
		return this.rows.of(this.tickets.requireVisible(ticketKey, caller), caller.isStaff());
	}

	/** A file of a ticket the caller may see; another ticket's, or an internal one for a customer user, is not found. */
	@Transactional(readOnly = true)
	public AttachmentDownload download(String ticketKey, long attachmentId, Caller caller) {
		long ticketId = this.tickets.requireVisible(ticketKey, caller);
		AttachmentView file = this.rows.find(ticketId, attachmentId)
			.filter(found -> caller.isStaff() || !found.internal())
			.orElseThrow(() -> notFound(attachmentId));
		byte[] content = this.store.get(attachmentId).orElseThrow(() -> notFound(attachmentId));
		return new AttachmentDownload(file.filename(), file.contentType(), content);
	}

	private List<AttachmentView> save(long ticketId, Visibility visibility, List<CheckedFile> files, Long byId,
			String byName) {
		List<AttachmentView> stored = new ArrayList<>();
		boolean internal = visibility == Visibility.INTERNAL;
		for (CheckedFile checked : files) {
			CheckedFile file = this.secrets.withoutSecrets(ticketId, checked);
			long id = this.rows.insert(ticketId, internal, file, byId, byName, this.clock.instant());
			this.store.put(id, file.content());
			stored.add(this.rows.find(ticketId, id).orElseThrow());
		}
		return stored;
	}

	private static void requireMayWrite(Visibility visibility, Caller caller) {
		if (visibility == Visibility.INTERNAL && !caller.isStaff()) {
			throw new ForbiddenException("internal-note-not-allowed", "Only service staff add internal files");
		}
	}

	private static AttachmentLine kindOf(Visibility visibility) {
		return visibility == Visibility.INTERNAL ? AttachmentLine.FILE_ADDED_INTERNAL : AttachmentLine.FILE_ADDED;
	}

	private static String names(List<AttachmentView> files) {
		return files.stream().map(AttachmentView::filename).collect(Collectors.joining(", "));
	}

	private static NotFoundException notFound(long attachmentId) {
		return new NotFoundException("attachment-not-found", "No attachment " + attachmentId + " on this ticket");
	}

}
