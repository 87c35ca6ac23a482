/**
 * Customer organizations. Each customer is a single tenant: nothing of one customer is visible to
 * another. Contracts, domains and quotas arrive with later work; for now a customer is a name.
 */
package io.connectdesk.customer;
