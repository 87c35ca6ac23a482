package io.connectdesk.inbox;

import java.util.List;

import org.springframework.stereotype.Component;

import io.connectdesk.attachment.Attachments;
import io.connectdesk.attachment.IncomingFile;
import io.connectdesk.attachment.Visibility;

/**
 * A mail's files join the ticket's conversation as public files, through the same checks (size, type
 * from the content) as an upload. A refused file throws, which turns the whole mail into a refusal: a
 * failed mail changes nothing.
 */
@Component
class ConversationFiles implements MailAttachments {

	private final Attachments attachments;

	ConversationFiles(Attachments attachments) {
		this.attachments = attachments;
	}

	@Override
	public void keep(String ticketId, String from, List<MailAttachment> files) {
		if (files.isEmpty()) {
			return;
		}
		this.attachments.storeBySystem(ticketId, Visibility.PUBLIC,
				files.stream().map(file -> new IncomingFile(file.fileName(), file.content())).toList(), from);
	}

}
