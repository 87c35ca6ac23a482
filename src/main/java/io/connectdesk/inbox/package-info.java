/**
 * Mail in: the desk's mailbox read over IMAP (docs/mail-in.md). A reply to a ticket's notice (its
 * signed reply address names the ticket) becomes a public reply of the requester, a CC party or a
 * colleague of the same customer, quoted history and signature stripped, with its files; a mail to
 * the desk's own address from a contract domain files a question. Each Message-ID counts once;
 * automatic mail (auto-replies, bounces, lists) is recorded and never answered; anything else gets a
 * polite refusal and changes nothing. One node per poll reads the mailbox (a cluster claim).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "attachment", "cluster", "common", "customer", "filing",
		"identity", "notification", "ticket" })
package io.connectdesk.inbox;
