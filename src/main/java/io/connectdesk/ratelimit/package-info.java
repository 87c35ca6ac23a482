/**
 * Rate limits shared by every node: hits per client address and per account on sign-in, on the API
 * and on Git over HTTP, counted in the database ({@link io.connectdesk.ratelimit.RateCounters}) in
 * fixed windows: one statement per request near a limit, and far from it a batch per node every
 * 100 ms ({@link io.connectdesk.ratelimit.LocalHits}). Over a limit the answer is 429 problem+json with
 * {@code Retry-After}. Identity counts failed sign-ins in the same counters.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "database")
package io.connectdesk.ratelimit;
