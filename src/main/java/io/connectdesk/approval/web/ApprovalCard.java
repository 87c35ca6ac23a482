package io.connectdesk.approval.web;

import java.math.BigDecimal;
import java.util.List;

import io.connectdesk.approval.ApprovalItem;

/**
 * What an approver needs on one card to decide without opening the ticket: the cost change in MRU and in
 * USD, who asks and why, and what.
 *
 * @param usdDelta the change in USD per month at today's rate; {@code null} before the first rate
 * @param items one line per component and environment, named as the catalog names them
 */
record ApprovalCard(ApprovalItem item, String requester, String description, BigDecimal usdDelta,
		List<String> items) {
}
