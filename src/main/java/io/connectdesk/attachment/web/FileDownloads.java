package io.connectdesk.attachment.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.connectdesk.attachment.AttachmentDownload;

/** A stored file as an HTTP answer. */
final class FileDownloads {

	private FileDownloads() {
	}

	/** Always a download, never rendered: the browser must not guess another type from the content. */
	static ResponseEntity<byte[]> download(AttachmentDownload file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
