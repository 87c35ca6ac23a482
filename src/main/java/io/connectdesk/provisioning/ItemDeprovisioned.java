package io.connectdesk.provisioning;

/**
 * Published, inside the transaction, when a component was removed from an environment of a customer,
 * by a deactivation or by undoing a cancelled fulfilment.
 */
public record ItemDeprovisioned(String ticketId, Long customerId, String componentKey, String environmentKey) {
}
