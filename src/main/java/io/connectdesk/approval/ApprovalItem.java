package io.connectdesk.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's cost change as its customer's people see it; in the inbox, the pending ones.
 *
 * @param mruDelta the change to the monthly MRU (negative: a decrease)
 * @param monthlyMruAfter the customer's monthly MRU once fulfilled; {@code null} when unknown
 * @param canDecide whether the caller may approve or reject it now
 */
public record ApprovalItem(String ticketId, String ticketUrl, String title, BigDecimal mruDelta,
		BigDecimal monthlyMruAfter, Instant requestedAt, ApprovalStatus status, int requiredApprovals,
		int approvalsGiven, String policyRule, boolean canDecide, List<DecisionView> decisions) {
}
