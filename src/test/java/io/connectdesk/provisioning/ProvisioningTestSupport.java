package io.connectdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

import io.connectdesk.journey.ApiTestSupport;

/**
 * The whole application with provisioning on and its in-process workers polling, two fault-injection test
 * adapters ({@code git-repository}, {@code infra-config}) and short retry delays.
 */
@Import(ProvisioningTestSupport.TestAdapters.class)
@TestPropertySource(properties = { "connectdesk.provisioning.enabled=true",
		"connectdesk.provisioning.workers.enabled=true", "connectdesk.provisioning.retry-delays=PT0.2S,PT0.2S",
		"connectdesk.provisioning.workers.max-idle-backoff=PT0.2S" })
abstract class ProvisioningTestSupport extends ApiTestSupport {

	@Autowired
	protected TestAdapters adapters;

	@BeforeEach
	void adaptersWork() {
		this.adapters.git.reset();
		this.adapters.infra.reset();
		this.adapters.events.clear();
	}

	/** Waits until the value satisfies the condition; fails after 20 seconds. */
	protected static <T> T eventually(Supplier<T> value, Predicate<T> condition, String what) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		T last = value.get();
		while (!condition.test(last)) {
			assertThat(Instant.now()).as("waited 20 s for " + what + ", last seen: " + last).isBefore(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			last = value.get();
		}
		return last;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestAdapters {

		final RecordingAdapter git = new RecordingAdapter("git-repository");

		final RecordingAdapter infra = new RecordingAdapter("infra-config");

		final List<Object> events = new CopyOnWriteArrayList<>();

		@Bean
		ProvisioningAdapter gitTestAdapter() {
			return this.git;
		}

		@Bean
		ProvisioningAdapter infraTestAdapter() {
			return this.infra;
		}

		@EventListener
		void provisioned(ItemProvisioned event) {
			this.events.add(event);
		}

		@EventListener
		void deprovisioned(ItemDeprovisioned event) {
			this.events.add(event);
		}

	}

}
