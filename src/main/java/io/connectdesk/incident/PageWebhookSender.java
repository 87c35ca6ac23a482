package io.connectdesk.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * {@code X-ConnectDesk-Signature: sha256=<hex HMAC-SHA256 of the body under webhook-secret>}. Every node
 * runs this; each due page is first claimed for {@link #LEASE} in one transaction (a conditional update
 * only one node wins, as {@code notification}'s outbox does), posted outside any transaction, then
 * marked in its own: a 2xx answer marks the page sent; anything else (or no answer in 5 s) waits and
 * tries again. Delivery is at least once: only a node that dies between the receiver's answer and the
 * mark (or that takes longer than the lease) leaves a page to be posted again.
 */
@Component
class PageWebhookSender {

	static final String SIGNATURE_HEADER = "X-ConnectDesk-Signature";

	/** How long a claimed page belongs to the node posting it: well over the 5 s connect and answer timeouts. */
	static final Duration LEASE = Duration.ofMinutes(1);

	private static final int BATCH = 50;

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

	/** First one interval after the start, like the notice sender: pages left from before a restart wait that long. */
	@Scheduled(fixedDelayString = "${connectdesk.incident.webhook-interval:PT1S}",
			initialDelayString = "${connectdesk.incident.webhook-interval:PT1S}")
	void sendDue() {
		if (this.settings.webhookUrl() == null || this.settings.webhookUrl().isBlank()) {
			return;
		}
		for (Long id : this.outbox.findDue(PageWebhook.PENDING, this.clock.instant(), Limit.of(BATCH))) {
			if (claimed(id)) {
				this.outbox.findById(id).ifPresent(this::post);
			}
		}
	}

	private boolean claimed(Long id) {
		Instant now = this.clock.instant();
		Integer won = this.transactions.execute(status -> this.outbox.claim(id, PageWebhook.PENDING, now, now.plus(LEASE)));
		return won != null && won == 1;
	}

	/** Posts outside any transaction, then marks the page in its own. */
	private void post(PageWebhook page) {
		String error;
		try {
			HttpResponse<Void> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.settings.webhookUrl()))
				.timeout(Duration.ofSeconds(5))
				.header("Content-Type", "application/json")
				.header(SIGNATURE_HEADER, "sha256=" + signature(page.getPayload()))
				.POST(HttpRequest.BodyPublishers.ofString(page.getPayload()))
				.build(), HttpResponse.BodyHandlers.discarding());
			error = answer.statusCode() / 100 == 2 ? null : "HTTP " + answer.statusCode();
		}
		catch (java.io.IOException ex) {
			error = ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		mark(page.getId(), error);
	}

	private void mark(Long id, String error) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult(status -> this.outbox.findById(id).ifPresent(page -> {
			if (error == null) {
				page.sent(now);
			}
			else {
				page.failed(error, now);
				log.warn("Paging webhook refused page {} (attempt {}): {}", page.getId(), page.getAttempts(), error);
			}
		}));
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
