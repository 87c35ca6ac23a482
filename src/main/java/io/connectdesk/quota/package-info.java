/**
 * The urgent quota of each customer's contract: slots per period (a calendar month by default), in
 * the customer's time zone, never carried over. Filing an urgent ticket takes a slot in the filing's
 * transaction ({@link io.connectdesk.quota.UrgentQuotas} implements the filing module's
 * {@code UrgentSlots}); a ticket downgraded by an SRE or rejected at review gives it back, once.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "customer", "filing", "identity", "ticket", "web" })
package io.connectdesk.quota;
