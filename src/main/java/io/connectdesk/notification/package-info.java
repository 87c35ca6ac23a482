/**
 * E-mail notices: every ticket change a requester and the ticket's CC parties should hear about
 * (filed, question asked, accepted, rejected, resolved, closed) becomes one mail per recipient, in
 * the recipient's language. Notices listen to {@code TicketChanged}; they are not drawn into the
 * process models. A transactional outbox holds them until a mail server takes them, so a mail
 * server that is down never fails a ticket action. The {@code dev} package is the local profile's
 * embedded mail server and its mailbox page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "common", "identity", "ticket", "web" })
package io.connectdesk.notification;
