package io.connectdesk.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are written and delivered ({@code connectdesk.notice.*}). The send interval itself is
 * read by {@code @Scheduled}: {@code connectdesk.notice.send-interval}.
 *
 * @param baseUrl where the portal is reached from a mail: ticket links start with it
 * @param from the sender of every notice
 * @param firstRetry the wait after the first failed attempt; it doubles after each further failure
 * @param maxRetry the longest wait between two attempts
 * @param maxAge a notice not delivered within this time is given up
 * @param lease how long a claimed notice belongs to the instance sending it; after that another
 * instance may send it again (if the first one died mid-send)
 * @param batchSize how many due notices one run of the sender takes
 */
@ConfigurationProperties("connectdesk.notice")
record NoticeSettings(@DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("Connect Desk <desk@connectdesk.example>") String from, @DefaultValue("PT5S") Duration firstRetry,
		@DefaultValue("PT10M") Duration maxRetry, @DefaultValue("P2D") Duration maxAge,
		@DefaultValue("PT1M") Duration lease, @DefaultValue("50") int batchSize) {

	/** The ticket's page, absolute. */
	String linkTo(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	/** The wait before the next attempt after that many attempts: doubling from the first, capped. */
	Duration backoff(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetry) > 0 ? this.maxRetry : wait;
	}

}
