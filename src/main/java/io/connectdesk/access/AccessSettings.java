package io.connectdesk.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param linkValidity how long a verification or invitation link works
 * @param baseUrl where people reach the desk, for the links in e-mails (never taken from a request's Host header)
 * @param mailFrom the sender of those e-mails
 */
@ConfigurationProperties("connectdesk.access")
record AccessSettings(@DefaultValue("PT24H") Duration linkValidity, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("desk@connectdesk.example") String mailFrom) {
}
