package io.connectdesk.attachment.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.attachment.Attachments;
import io.connectdesk.attachment.IncomingFile;
import io.connectdesk.attachment.AttachmentView;
import io.connectdesk.attachment.Visibility;
import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.ticket.Reply;
import io.connectdesk.ticket.TicketDetail;
import io.connectdesk.ticket.TicketQueries;

@RestController
@RequestMapping("/api/v1/tickets/{id}")
@Tag(name = "Attachments", description = "Files on a ticket's conversation")
class AttachmentApi {

	private final Attachments attachments;

	private final TicketQueries queries;

	AttachmentApi(Attachments attachments, TicketQueries queries) {
		this.attachments = attachments;
		this.queries = queries;
	}

	@GetMapping("/attachments")
	@Operation(summary = "The ticket's files you may see (internal ones: staff only)")
	List<AttachmentView> list(@PathVariable String id, Caller caller) {
		return this.attachments.of(id, caller);
	}

	@PostMapping(path = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add files to an open ticket (multipart: files, internal)",
			description = "Each file's type is detected from its content; any refused file stores nothing.")
	List<AttachmentView> add(@PathVariable String id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean internal, Caller caller) {
		List<IncomingFile> incoming = IncomingFile.fromUploads(files);
		if (incoming.isEmpty()) {
			throw InvalidInputException.of("files", "Choose at least one file");
		}
		return this.attachments.store(id, Visibility.of(internal), incoming, caller);
	}

	@GetMapping("/attachments/{attachmentId}")
	@Operation(summary = "Download a file (always as an attachment, nosniff)")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable long attachmentId, Caller caller) {
		return FileDownloads.download(this.attachments.download(id, attachmentId, caller));
	}

	@PostMapping(path = "/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Reply, or (staff) add an internal note, with files (multipart: body, internal, files)",
			description = "Nothing is posted when a file is refused.")
	TicketDetail reply(@PathVariable String id, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean internal,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Caller caller) {
		if (body.isBlank() || body.length() > 10000) {
			throw InvalidInputException.of("body", "Write a reply of at most 10,000 characters");
		}
		this.attachments.reply(id, caller, new Reply(body, internal), IncomingFile.fromUploads(files));
		return this.queries.detail(id, caller);
	}

}
