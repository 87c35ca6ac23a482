package io.connectdesk.incident;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code connectdesk.incident.*}: how long the paging waits for the primary and then the secondary
 * before paging the next, when a postmortem is due after the resolution, how long an acknowledgement
 * link works, and where pages go as a webhook.
 *
 * @param webhookUrl where pages are also posted (JSON, HMAC-signed); none when blank
 * @param webhookSecret the HMAC-SHA256 key of the webhook's signature (from the environment)
 */
@ConfigurationProperties("connectdesk.incident")
public record IncidentSettings(@DefaultValue("PT5M") Duration primaryWait, @DefaultValue("PT10M") Duration secondaryWait,
		@DefaultValue("P5D") Duration postmortemDue, @DefaultValue("P1D") Duration ackLinkValidity, String webhookUrl,
		String webhookSecret) {
}
