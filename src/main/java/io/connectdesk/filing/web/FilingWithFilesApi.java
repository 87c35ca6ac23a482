package io.connectdesk.filing.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.attachment.Attachments;
import io.connectdesk.attachment.IncomingFile;
import io.connectdesk.common.Caller;
import io.connectdesk.filing.TicketFiling;
import io.connectdesk.ticket.FileTicket;

/**
 * Filing with files: a multipart request whose {@code ticket} part is the JSON of a plain filing and whose
 * {@code files} parts are the attachments. Every file is checked before the ticket is filed, so a refused file
 * files nothing; the ticket and its files are stored in one transaction; a replayed request (the same
 * Idempotency-Key) does not add its files again.
 */
@RestController
@Tag(name = "Tickets")
class FilingWithFilesApi {

	private final TicketFiling filing;

	private final Attachments attachments;

	FilingWithFilesApi(TicketFiling filing, Attachments attachments) {
		this.filing = filing;
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/v1/tickets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "File a ticket with files (multipart: ticket as JSON, files)",
			description = "As the JSON filing; the files' types are detected from their content, and a refused file files nothing.")
	ResponseEntity<FiledTicket> file(@Valid @RequestPart("ticket") FileTicket request,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = FilingApi.IDEMPOTENCY_KEY, required = false) @Size(min = 1, max = 200) String idempotencyKey,
			Caller caller) {
		List<IncomingFile> incoming = IncomingFile.fromUploads(files);
		this.attachments.checkForNewTicket(incoming);
		return FilingApi.answer(this.filing.file(request, caller, idempotencyKey, FilingFiles.storing(this.attachments, incoming, caller)));
	}

}
