package io.connectdesk.approval;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cost approval settings ({@code connectdesk.approval.*}).
 *
 * @param reminderCycle ISO-8601 repeating interval at which pending approvers are reminded
 * @param expiry how long the approvers have; then the approval (and the ticket) ends as expired
 * @param linkSecret the HMAC key of the links in approval mails; without one, a key derived from the
 * cluster's secret key signs them (the same on every node), and without that the mail points to the inbox
 */
@ConfigurationProperties("connectdesk.approval")
record ApprovalSettings(@DefaultValue("R/P1D") String reminderCycle, @DefaultValue("P14D") Duration expiry,
		String linkSecret) {
}
