package io.connectdesk.web;

import java.util.Map;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the log events written, per level, as {@code logback.events} (Micrometer's name, tag and unit, so that an
 * alert on {@code logback_events_total{level="error"}} works as with Micrometer's own binder), from an appender on
 * the root logger: it hears only of events that are written. Micrometer's {@code LogbackMetrics} is not made
 * ({@code LogbackMetricsAutoConfiguration} excluded): it counts with a turbo filter, which logback asks at every
 * {@code isDebugEnabled()} check of every library, about 2 % of a filing's CPU (docs/filing-performance.md,
 * section 10).
 */
@Component
class LogEventMetrics implements SmartInitializingSingleton, DisposableBean {

	private final MeterRegistry registry;

	private Counting appender;

	LogEventMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (!(factory instanceof LoggerContext context)) {
			return; // another logging back end: nothing to count with
		}
		Counting counting = new Counting(Map.of(Level.ERROR, counter("error"), Level.WARN, counter("warn"), Level.INFO,
				counter("info"), Level.DEBUG, counter("debug"), Level.TRACE, counter("trace")));
		counting.setContext(context);
		counting.setName("connectdesk-log-event-metrics");
		counting.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(counting);
		this.appender = counting;
	}

	@Override
	public void destroy() {
		if (this.appender != null) {
			((LoggerContext) this.appender.getContext()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
			this.appender.stop();
		}
	}

	private Counter counter(String level) {
		return Counter.builder("logback.events")
			.tag("level", level)
			.description("Number of log events written, by level")
			.baseUnit("events")
			.register(this.registry);
	}

	private static final class Counting extends AppenderBase<ILoggingEvent> {

		private final Map<Level, Counter> counters;

		Counting(Map<Level, Counter> counters) {
			this.counters = counters;
		}

		@Override
		protected void append(ILoggingEvent event) {
			Counter counter = this.counters.get(event.getLevel());
			if (counter != null) {
				counter.increment();
			}
		}

	}

}
