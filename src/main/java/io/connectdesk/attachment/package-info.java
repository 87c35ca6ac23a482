/**
 * Files on a ticket's conversation (issue 15): on filing, replies and internal notes, by API and pages.
 * {@link io.connectdesk.attachment.Attachments} checks limits and the type detected from the content
 * ({@link io.connectdesk.attachment.FileTypes}), keeps the bytes behind the
 * {@link io.connectdesk.attachment.AttachmentStore} port (the database by default) and serves them only to
 * whoever may see the ticket, internal ones only to staff. Docs: docs/attachments-and-search.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "ticket", "web" })
package io.connectdesk.attachment;
