package io.connectdesk.filing.web;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import io.connectdesk.attachment.AttachmentRefusedException;
import io.connectdesk.attachment.Attachments;
import io.connectdesk.attachment.IncomingFile;
import io.connectdesk.attachment.Visibility;
import io.connectdesk.common.Caller;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.web.PageFeedback;

/**
 * The new-ticket form's files (attachment/inputs.html): checked before the ticket is filed, the refusal
 * beside the file field ({@link #PROBLEM}); stored with the ticket, in the filing's transaction. A browser cannot keep chosen files
 * when the form comes back, so the person chooses them again.
 */
@Component
class FilingFiles {

	/** The model attribute the file field shows its problem from. */
	static final String PROBLEM = "filesProblem";

	private final Attachments attachments;

	private final PageFeedback feedback;

	FilingFiles(Attachments attachments, PageFeedback feedback) {
		this.attachments = attachments;
		this.feedback = feedback;
	}

	/** @return the files, or {@code null} when one was refused (the problem is in the model) */
	List<IncomingFile> checked(List<MultipartFile> files, Model model) {
		List<IncomingFile> incoming = IncomingFile.fromUploads(files);
		try {
			this.attachments.checkForNewTicket(incoming);
			return incoming;
		}
		catch (AttachmentRefusedException refused) {
			model.addAttribute(PROBLEM, this.feedback.text(refused.resolvable()));
			return null;
		}
	}

	/** Files the ticket with its files, in one transaction. */
	TicketFiling.Filed file(TicketFiling filing, FileTicket command, String idempotencyKey, List<IncomingFile> files,
			Caller caller) {
		return filing.file(command, caller, idempotencyKey, storing(this.attachments, files, caller));
	}

	/** Stores the files of a ticket just filed, in the filing's transaction; nothing at all without files. */
	static Consumer<TicketFiling.Filed> storing(Attachments attachments, List<IncomingFile> files, Caller caller) {
		return filed -> {
			if (!files.isEmpty()) {
				attachments.store(filed.ticketId(), Visibility.PUBLIC, files, caller);
			}
		};
	}

}
