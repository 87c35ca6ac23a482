package io.connectdesk.identity;

/** A user as others see them on a ticket. */
public record Person(Long id, String email, String name) {
}
