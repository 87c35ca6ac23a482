package io.connectdesk.attachment;

/** A file that passed the checks: a clean name, the type detected from its content, its digest. */
record CheckedFile(String filename, String contentType, byte[] content, String sha256) {
}
