/**
 * What several nodes on one database must do once: a cluster-wide lock on a named row (held until
 * the transaction that took it ends) and a claim on a periodic job's due time, so that scheduled
 * work runs on one node per due time (docs/cluster-state.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.connectdesk.cluster;
