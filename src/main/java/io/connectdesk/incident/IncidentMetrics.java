package io.connectdesk.incident;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Incidents for the Prometheus endpoint: alerts received and deduplicated, incidents opened, open
 * incidents by severity (as the last count saw them), time to acknowledge and to resolve (histograms).
 */
@Component
class IncidentMetrics {

	private final Counter received;

	private final Counter deduplicated;

	private final Counter opened;

	private final Timer toAcknowledge;

	private final Timer toResolve;

	private final Map<Severity, AtomicLong> open = new EnumMap<>(Severity.class);

	IncidentMetrics(MeterRegistry registry) {
		this.received = Counter.builder("connectdesk.alerts.received").description("Alerts the intake accepted").register(registry);
		this.deduplicated = Counter.builder("connectdesk.alerts.deduplicated")
			.description("Alerts that repeated one already on an open incident")
			.register(registry);
		this.opened = Counter.builder("connectdesk.incidents.opened").description("Incidents opened").register(registry);
		this.toAcknowledge = Timer.builder("connectdesk.incidents.time.to.acknowledge")
			.description("From an incident's opening to its acknowledgement")
			.publishPercentileHistogram()
			.register(registry);
		this.toResolve = Timer.builder("connectdesk.incidents.time.to.resolve")
			.description("From an incident's opening to its resolution")
			.publishPercentileHistogram()
			.register(registry);
		for (Severity severity : Severity.values()) {
			AtomicLong count = new AtomicLong();
			this.open.put(severity, count);
			Gauge.builder("connectdesk.incidents.open", count, AtomicLong::get)
				.description("Open incidents by severity")
				.tag("severity", severity.name())
				.register(registry);
		}
	}

	void received(int count) {
		this.received.increment(count);
	}

	void deduplicated(int count) {
		this.deduplicated.increment(count);
	}

	void opened(Severity severity) {
		this.opened.increment();
		this.open.get(severity).incrementAndGet();
	}

	void severityChanged(Severity from, Severity to) {
		this.open.get(from).decrementAndGet();
		this.open.get(to).incrementAndGet();
	}

	void acknowledged(Duration after) {
		this.toAcknowledge.record(after);
	}

	void resolved(Severity severity, Duration after) {
		this.open.get(severity).decrementAndGet();
		this.toResolve.record(after);
	}

	/** Sets the open counts from the database (at start and periodically): other nodes change them too. */
	void openCounts(Map<Severity, Long> counts) {
		this.open.forEach((severity, count) -> count.set(counts.getOrDefault(severity, 0L)));
	}

}
