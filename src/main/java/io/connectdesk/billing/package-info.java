/**
 * Billing: the customer's inventory of components, the MRU ledger it implies, cost previews and the
 * monthly statement.
 */
package io.connectdesk.billing;
