package io.connectdesk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Prometheus scraper's credential: a service credential of its own, no person's account.
 *
 * @param username the scraper's HTTP Basic user name
 * @param password its password; empty: nobody scrapes
 */
@ConfigurationProperties("connectdesk.metrics")
record MetricsSettings(@DefaultValue("metrics") String username, String password) {
}
