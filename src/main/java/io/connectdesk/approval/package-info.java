/**
 * Cost approval: every ticket that changes the customer's recurring cost (MRU) waits for the
 * customer's approvers before an SRE fulfils it. The {@code CostApproval} process
 * ({@code processes/cost-approval.bpmn}) asks the policy table ({@code processes/approval-policy.dmn})
 * how many distinct approvals are needed, reminds the approvers and lets the approval expire; the
 * approvers decide in their inbox ({@code /approvals}), through the API or through a signed link
 * from their mail. Approvers may name substitutes for a date range.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "cluster", "common", "customer", "identity", "notification", "ticket", "web", "workflow" })
package io.connectdesk.approval;
