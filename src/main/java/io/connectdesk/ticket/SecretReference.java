package io.connectdesk.ticket;

/** A secret's place in a ticket's text: what kind it was and the id of its encrypted copy. */
public record SecretReference(String kind, String id) {
}
