/**
 * Provisioning: the adapters that create, change and remove a customer's components, and the
 * {@code Provisioning} process that calls them as external tasks while a ticket is fulfilled.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "billing", "catalog", "cluster", "common", "customer", "queue", "ticket", "web", "workflow" })
package io.connectdesk.provisioning;
