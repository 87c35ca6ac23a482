package io.connectdesk.notification;

/** A notice's text in the recipient's language. */
record RenderedMail(String subject, String body) {
}
