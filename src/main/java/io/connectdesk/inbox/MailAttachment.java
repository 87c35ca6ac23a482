package io.connectdesk.inbox;

/** A file that came with a mail: its name, the type the mail declared, and its bytes. */
record MailAttachment(String fileName, String contentType, byte[] content) {
}
