package io.connectdesk.attachment;

/** A file to send: its name, its detected type and its bytes. */
public record AttachmentDownload(String filename, String contentType, byte[] content) {
}
