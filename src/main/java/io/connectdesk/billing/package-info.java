/**
 * Billing: the customer's inventory of components, the MRU ledger it implies, cost previews and the
 * monthly statement.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "common", "customer", "ticket", "web" })
package io.connectdesk.billing;
