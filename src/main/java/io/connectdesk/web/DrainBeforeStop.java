package io.connectdesk.web;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first step of a graceful stop. Spring Boot turns readiness to refusing as the context starts to close; this
 * then waits {@code connectdesk.shutdown.drain-delay} (long enough for the load balancer's readiness check to see
 * it) before the web server stops taking connections and finishes the requests in flight. See docs/cluster.md.
 */
@Component
class DrainBeforeStop {

	private static final Logger log = LoggerFactory.getLogger(DrainBeforeStop.class);

	private final Duration delay;

	DrainBeforeStop(@Value("${connectdesk.shutdown.drain-delay:PT0S}") Duration delay) {
		this.delay = delay;
	}

	@EventListener
	void closing(ContextClosedEvent event) {
		if (this.delay.isZero() || this.delay.isNegative()) {
			return;
		}
		log.info("Stopping: readiness is refusing; waiting {} for the load balancer to notice", this.delay);
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
