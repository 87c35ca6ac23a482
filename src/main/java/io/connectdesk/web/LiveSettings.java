package io.connectdesk.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live pages stay current (docs/live-pages.md).
 *
 * @param pollInterval how often an open ticket or queue page asks whether it changed; 0 turns polling off
 */
@ConfigurationProperties("connectdesk.live")
record LiveSettings(@DefaultValue("PT10S") Duration pollInterval) {
}
