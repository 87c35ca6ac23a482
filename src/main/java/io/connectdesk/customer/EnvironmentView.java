package io.connectdesk.customer;

/** One of a customer's environments; {@code key} is what tickets name it by. */
public record EnvironmentView(String key, String displayName, EnvironmentKind kind) {
}
