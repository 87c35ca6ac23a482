package io.connectdesk.search;

import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.connectdesk.attachment.AttachmentLine;
import io.connectdesk.ticket.LineKind;
import io.connectdesk.ticket.TicketChanged;
import io.connectdesk.ticket.TicketKeys;
import io.connectdesk.ticket.TimelineKind;

/**
 * Keeps the search documents current: just before a change to a ticket's text commits, its document is
 * built again from the rows, in the same transaction (so the document and the ticket commit together, on
 * the request's one connection). Only timeline lines that can change the text cost a rebuild.
 */
@Component
class SearchIndexer {

	static final Set<LineKind> TEXT_CHANGES = Set.of(TimelineKind.FILED, TimelineKind.REPLIED,
			TimelineKind.NOTE_ADDED, TimelineKind.ANSWERED, TimelineKind.QUESTION_ASKED, TimelineKind.REJECTED,
			TimelineKind.REOPENED, TimelineKind.RESOLVED, AttachmentLine.FILE_ADDED,
			AttachmentLine.FILE_ADDED_INTERNAL);

	private final SearchDocuments documents;

	private final EntityManager entities;

	SearchIndexer(SearchDocuments documents, EntityManager entities) {
		this.documents = documents;
		this.entities = entities;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketChanged change) {
		if (TEXT_CHANGES.contains(change.kind())) {
			// the ticket's new rows may still wait in the persistence context; the document reads them with SQL
			this.entities.flush();
			TicketKeys.parse(change.ticketId())
				.ifPresent(change.kind() == TimelineKind.FILED ? this.documents::first : this.documents::rebuild);
		}
	}

}
