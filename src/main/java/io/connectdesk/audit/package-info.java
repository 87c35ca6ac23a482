/**
 * The audit log: who changed what and when, with the thing as it was before and after (JSON text).
 * It listens to other modules' change events in their transaction, so a change and its entry
 * commit or roll back together; no module calls it to change anything of its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "common", "customer", "web" })
package io.connectdesk.audit;
