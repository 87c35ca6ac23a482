package io.connectdesk.customer;

/** A customer as a filter's or form's list of customers offers it: id and name only. */
public record CustomerChoice(Long id, String name) {
}
