package io.connectdesk.attachment.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import io.connectdesk.attachment.AttachmentRefusedException;
import io.connectdesk.attachment.AttachmentView;
import io.connectdesk.attachment.Attachments;
import io.connectdesk.attachment.IncomingFile;
import io.connectdesk.attachment.Visibility;
import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.ticket.Reply;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketPageSection;
import io.connectdesk.web.PageController;
import io.connectdesk.web.PageFeedback;
import io.connectdesk.web.PageSection;

/**
 * The ticket page's files (attachment/section.html): the list, downloads, and a form that adds files with
 * an optional reply or internal note. The form works without script; attachments.js adds drag and drop.
 */
@PageController
class AttachmentPages {

	static final String FORM = "files";

	private final Attachments attachments;

	private final PageFeedback feedback;

	AttachmentPages(Attachments attachments, PageFeedback feedback) {
		this.attachments = attachments;
		this.feedback = feedback;
	}

	@GetMapping("/tickets/{id}/attachments/{attachmentId}")
	@ResponseBody
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable long attachmentId, Caller caller) {
		return FileDownloads.download(this.attachments.download(id, attachmentId, caller));
	}

	@PostMapping("/tickets/{id}/attachments")
	String add(@PathVariable String id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "false") boolean internal,
			Caller caller, RedirectAttributes flash) {
		List<IncomingFile> incoming = IncomingFile.fromUploads(files);
		if (incoming.isEmpty()) {
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, Map.of(FORM + ".files", text("attachment.choose")));
			return backTo(id);
		}
		if (body.length() > 10000) {
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, Map.of(FORM + ".body", text("attachment.body-too-long")));
			return backTo(id);
		}
		try {
			if (body.isBlank()) {
				this.attachments.store(id, Visibility.of(internal), incoming, caller);
			}
			else {
				this.attachments.reply(id, caller, new Reply(body, internal), incoming);
			}
			this.feedback.notice(flash, "attachment.added", incoming.size());
		}
		catch (AttachmentRefusedException refused) {
			flash.addFlashAttribute(PageFeedback.FIELD_PROBLEMS, Map.of(FORM + ".files", this.feedback.text(refused.resolvable())));
		}
		catch (DeskException refused) {
			this.feedback.refused(flash, FORM, refused);
		}
		return backTo(id);
	}

	private String text(String key) {
		return this.feedback.text(new DefaultMessageSourceResolvable(key));
	}

	private static String backTo(String ticketId) {
		return "redirect:/tickets/" + UriUtils.encodePathSegment(ticketId, StandardCharsets.UTF_8);
	}

	/** The files of the ticket the caller may see, and the form while it is open. */
	@Component
	@Order(40)
	static class Section implements TicketPageSection {

		private final Attachments attachments;

		Section(Attachments attachments) {
			this.attachments = attachments;
		}

		@Override
		public Optional<PageSection> on(TicketDetail ticket, Caller caller) {
			return Optional.of(new PageSection("attachment/section", "files",
					new Files(ticket.id(), this.attachments.of(ticket.id(), caller), !ticket.status().isEndState(), caller.isStaff())));
		}

	}

	record Files(String ticketId, List<AttachmentView> files, boolean open, boolean staff) {
	}

}
