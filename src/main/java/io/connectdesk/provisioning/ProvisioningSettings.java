package io.connectdesk.provisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether accepted tickets with components go through the {@code Provisioning} process
 * @param retryDelays the wait before each retry of a failed item; after the last, an incident ({@link RetryDelays}:
 *        {@code PT10S, PT1M, PT5M} or {@code R5/PT1M})
 * @param lockDuration how long a worker holds an item; a worker that dies frees it after this
 * @param workers the in-process workers
 */
@ConfigurationProperties("connectdesk.provisioning")
record ProvisioningSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("PT10S, PT1M, PT5M") RetryDelays retryDelays, @DefaultValue("PT5M") Duration lockDuration,
		@DefaultValue Workers workers) {

	/**
	 * @param enabled whether the application works its own external tasks (off when remote workers do)
	 * @param threads polling threads
	 * @param maxTasks items one fetch locks at most
	 * @param idleBackoff the first wait after a fetch found nothing; doubles up to {@code maxIdleBackoff}
	 */
	record Workers(@DefaultValue("true") boolean enabled, @DefaultValue("2") int threads,
			@DefaultValue("10") int maxTasks, @DefaultValue("PT0.05S") Duration idleBackoff,
			@DefaultValue("PT2S") Duration maxIdleBackoff) {
	}

	/** Retries after the first attempt: one per delay. */
	int retries() {
		return this.retryDelays.delays().size();
	}

	/** The attempt a worker is on, 1 for the first, given the retries the task has left ({@code null} before any failure). */
	int attempt(Integer retriesLeft) {
		return retriesLeft == null ? 1 : retries() - Math.min(retriesLeft, retries()) + 2;
	}

	/** After a failure: the retries left (0: an incident) and the wait before the next try. */
	Retry afterFailure(Integer retriesLeft) {
		int left = Math.min(retriesLeft == null ? retries() + 1 : retriesLeft, retries() + 1) - 1;
		if (left <= 0) {
			return new Retry(0, Duration.ZERO);
		}
		return new Retry(left, this.retryDelays.delays().get(retries() - left));
	}

	record Retry(int retries, Duration delay) {
	}

}
