package io.connectdesk.incident;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the open-incidents gauge from the database every {@code connectdesk.incident.breach-sweep}:
 * other nodes open and resolve incidents too, so this node's own changes are not the count. Every node
 * runs it (each node's gauge is scraped on its own): one grouped count over the status index.
 */
@Component
class OpenIncidentCounts {

	private static final Set<IncidentStatus> OPEN = EnumSet.complementOf(EnumSet.of(IncidentStatus.RESOLVED));

	private final IncidentRepository incidents;

	private final IncidentMetrics metrics;

	OpenIncidentCounts(IncidentRepository incidents, IncidentMetrics metrics) {
		this.incidents = incidents;
		this.metrics = metrics;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${connectdesk.incident.breach-sweep:PT1M}")
	@Transactional(readOnly = true)
	void refresh() {
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Object[] row : this.incidents.openBySeverity(OPEN)) {
			counts.put((Severity) row[0], (Long) row[1]);
		}
		this.metrics.openCounts(counts);
	}

}
