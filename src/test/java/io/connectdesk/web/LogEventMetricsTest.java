package io.connectdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Written log events are counted per level; checks of a level that nothing writes count nothing. */
class LogEventMetricsTest {

	private static final Logger log = LoggerFactory.getLogger(LogEventMetricsTest.class);

	@Test
	void writtenEventsAreCountedByLevelUntilTheApplicationStops() throws Exception {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		LogEventMetrics metrics = new LogEventMetrics(registry);
		metrics.afterSingletonsInstantiated();
		try {
			log.warn("a warning for the count");
			log.error("an error for the count");
			log.error("another error for the count");
			log.trace("not written: trace is off");
			boolean traceChecked = log.isTraceEnabled();

			assertThat(traceChecked).isFalse();
			assertThat(registry.get("logback.events").tag("level", "error").counter().count()).isEqualTo(2);
			assertThat(registry.get("logback.events").tag("level", "warn").counter().count()).isEqualTo(1);
			assertThat(registry.get("logback.events").tag("level", "trace").counter().count()).isZero();
		}
		finally {
			metrics.destroy();
		}
		log.error("after the stop");
		assertThat(registry.get("logback.events").tag("level", "error").counter().count()).isEqualTo(2);
	}

}
