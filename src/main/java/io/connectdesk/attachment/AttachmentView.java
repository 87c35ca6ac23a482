package io.connectdesk.attachment;

import java.time.Instant;

/**
 * A file on a ticket, as a list shows it.
 *
 * @param url where the portal serves it to a signed-in browser; the API's is under {@code /api/v1}
 */
public record AttachmentView(Long id, String filename, String contentType, long size, boolean internal,
		String uploadedBy, Instant createdAt, String url) {
}
