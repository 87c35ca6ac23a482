package io.connectdesk.ticket;

import java.util.Map;

import io.connectdesk.customer.EnvironmentKind;

/**
 * One component a ticket asks for in one environment, with its request parameters as JSON values
 * (strings, numbers, booleans, lists of strings). Provisioning and billing read these.
 */
public record TicketItemView(String componentKey, String environmentKey, EnvironmentKind environmentKind,
		Map<String, Object> parameters) {
}
