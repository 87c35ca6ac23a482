/**
 * Full-text search over the tickets a caller may see (issue 15): title, description, public replies
 * (internal notes for staff), item parameters, attachment names and text files' content. One document per ticket
 * ({@code ticket_search}, V49) is rebuilt after every change to the ticket's text ({@code TicketChanged});
 * PostgreSQL matches it with tsvector and GIN (V50 in db/vendor/postgresql), H2 with LIKE.
 * Docs: docs/attachments-and-search.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "attachment", "common", "ticket", "web" })
package io.connectdesk.search;
