package io.connectdesk.notification;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** What the sender did, for the Prometheus endpoint. */
@Component
class NoticeMetrics {

	private final Counter sent;

	private final Counter failedAttempts;

	private final Counter givenUp;

	private final AtomicLong pending = new AtomicLong();

	NoticeMetrics(MeterRegistry registry) {
		this.sent = Counter.builder("connectdesk.notices.sent").description("Notices the mail server took").register(registry);
		this.failedAttempts = Counter.builder("connectdesk.notices.failed.attempts")
			.description("Attempts to send a notice that failed and will be retried")
			.register(registry);
		this.givenUp = Counter.builder("connectdesk.notices.given.up")
			.description("Notices not delivered within their maximum age")
			.register(registry);
		Gauge.builder("connectdesk.notices.pending", this.pending, AtomicLong::get)
			.description("Notices waiting in the outbox, as the last run of the sender counted them")
			.register(registry);
	}

	void sent(int count) {
		this.sent.increment(count);
	}

	void failedAttempt() {
		this.failedAttempts.increment();
	}

	void givenUp() {
		this.givenUp.increment();
	}

	void pending(long count) {
		this.pending.set(count);
	}

}
