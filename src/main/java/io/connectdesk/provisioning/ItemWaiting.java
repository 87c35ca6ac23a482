package io.connectdesk.provisioning;

/**
 * An item's external task is there for a worker (it was created, or given retries again), once the
 * transaction that published this commits.
 */
record ItemWaiting(Long itemId) {
}
