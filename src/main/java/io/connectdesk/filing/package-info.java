/**
 * Filing tickets: the catalog's rules for a request's items (components, environments, parameters,
 * a service activation's sizing), the cost a request would make ({@link io.connectdesk.filing.FilingPreviews}),
 * the urgent quota's slot ({@link io.connectdesk.filing.UrgentSlots}, implemented by the quota module),
 * idempotent retries, and the pages and API that file. {@link io.connectdesk.filing.TicketFiling}
 * decides what may be filed and hands the checked request to the ticket module's
 * {@code TicketOpening}, in one transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "attachment", "billing", "catalog", "common", "customer", "ticket", "web" })
package io.connectdesk.filing;
