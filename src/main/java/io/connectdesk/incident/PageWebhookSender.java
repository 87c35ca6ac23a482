package io.connectdesk.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the webhook outbox's due pages to {@code connectdesk.incident.webhook-url}, each with
 * {@code X-ConnectDesk-Signature: sha256=<hex HMAC-SHA256 of the body under webhook-secret>}. A 2xx
 * answer marks the page sent; anything else (or no answer in 5 s) waits and tries again. Each page in
 * its own transaction.
 */
@Component
class PageWebhookSender {

	static final String SIGNATURE_HEADER = "X-ConnectDesk-Signature";

	private static final Logger log = LoggerFactory.getLogger(PageWebhookSender.class);

	private final PageWebhookRepository outbox;

	private final IncidentSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	PageWebhookSender(PageWebhookRepository outbox, IncidentSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${connectdesk.incident.webhook-interval:PT1S}")
	void sendDue() {
		if (this.settings.webhookUrl() == null || this.settings.webhookUrl().isBlank()) {
			return;
		}
		this.outbox.findByStatusAndNextAttemptAtLessThanEqualOrderById(PageWebhook.PENDING, this.clock.instant(), Limit.of(50))
			.forEach(due -> this.transactions.executeWithoutResult(status -> this.outbox.findById(due.getId())
				.filter(page -> PageWebhook.PENDING.equals(page.getStatus()))
				.ifPresent(this::send)));
	}

	private void send(PageWebhook page) {
		try {
			HttpResponse<Void> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.settings.webhookUrl()))
				.timeout(Duration.ofSeconds(5))
				.header("Content-Type", "application/json")
				.header(SIGNATURE_HEADER, "sha256=" + signature(page.getPayload()))
				.POST(HttpRequest.BodyPublishers.ofString(page.getPayload()))
				.build(), HttpResponse.BodyHandlers.discarding());
			if (answer.statusCode() / 100 == 2) {
				page.sent(this.clock.instant());
			}
			else {
				page.failed("HTTP " + answer.statusCode(), this.clock.instant());
			}
		}
		catch (java.io.IOException ex) {
			page.failed(ex.toString(), this.clock.instant());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			page.failed("interrupted", this.clock.instant());
		}
		if (!PageWebhook.SENT.equals(page.getStatus())) {
			log.warn("Paging webhook refused page {} (attempt {})", page.getId(), page.getAttempts());
		}
	}

	String signature(String body) {
		String secret = this.settings.webhookSecret() == null ? "" : this.settings.webhookSecret();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
