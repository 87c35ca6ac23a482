package io.connectdesk.ticket;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param reopenWindow how long after resolution the requester may reopen; then the ticket closes */
@ConfigurationProperties("connectdesk.ticket")
record TicketSettings(@DefaultValue("P7D") Duration reopenWindow) {
}
