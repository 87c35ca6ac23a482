package io.connectdesk.approval;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.connectdesk.identity.Memberships.Member;
import io.connectdesk.notification.Notices;
import io.connectdesk.ticket.TicketContacts;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TimelineKind;

/**
 * The mails of a cost approval: approvers get the request (and reminders) with their own signed
 * link; the requester and CC parties hear of a rejection, with its reason, and of an expiry.
 */
@Component
class ApprovalNotices {

	static final String INBOX = "/approvals";

	private final Notices notices;

	private final Approvers approvers;

	private final ApprovalLinks links;

	private final TicketQueries tickets;

	private final ApprovalSettings settings;

	ApprovalNotices(Notices notices, Approvers approvers, ApprovalLinks links, TicketQueries tickets,
			ApprovalSettings settings) {
		this.notices = notices;
		this.approvers = approvers;
		this.links = links;
		this.tickets = tickets;
		this.settings = settings;
	}

	/** Everyone who may still decide: the approvers and their active substitutes, not the requester. */
	void askApprovers(ApprovalRequest request, ApprovalLine kind, Set<Long> alreadyDecided) {
		String key = kind == ApprovalLine.APPROVAL_REMINDED ? "approval.notice.reminder" : "approval.notice.requested";
		Object[] arguments = { request.getTicketId(), request.getTitle(), signed(request.getMruDelta()),
				request.getMonthlyMruAfter() == null ? "?" : request.getMonthlyMruAfter().toPlainString() };
		for (Member member : this.approvers.toAsk(request.getCustomerId())) {
			if (member.id().equals(request.getRequesterId()) || alreadyDecided.contains(member.id())) {
				continue;
			}
			String link = this.links
				.linkFor(request.getId(), member.id(), request.getRequestedAt().plus(this.settings.expiry()))
				.orElse(INBOX);
			this.notices.send(request.getTicketId(), kind, member.email(), key, arguments, link);
		}
	}

	void tellRejected(ApprovalRequest request, String who, String reason) {
		tellRequesterAndCc(request, ApprovalLine.COST_REJECTED, "approval.notice.rejected",
				new Object[] { request.getTicketId(), request.getTitle(), who, reason == null ? "" : reason.strip() });
	}

	void tellExpired(ApprovalRequest request) {
		tellRequesterAndCc(request, ApprovalLine.APPROVAL_EXPIRED, "approval.notice.expired",
				new Object[] { request.getTicketId(), request.getTitle() });
	}

	private void tellRequesterAndCc(ApprovalRequest request, ApprovalLine kind, String key, Object[] arguments) {
		TicketContacts ticket = this.tickets.contacts(request.getTicketId());
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(ticket.requesterEmail().toLowerCase(Locale.ROOT));
		ticket.cc().forEach(cc -> recipients.add(cc.toLowerCase(Locale.ROOT)));
		recipients.forEach(recipient -> this.notices.send(ticket.id(), kind, recipient, key, arguments, ticket.url()));
	}

	static String signed(BigDecimal delta) {
		return (delta.signum() > 0 ? "+" : "") + delta.toPlainString();
	}

}
