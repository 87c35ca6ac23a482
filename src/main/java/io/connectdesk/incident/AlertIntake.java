package io.connectdesk.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.incident.AlertChecks.CustomerFacts;

/**
 * Takes a customer's alerts: a firing alert whose fingerprint is already on an open incident of the
 * customer is a repeat (counted, nothing new); a new fingerprint opens an incident (new fingerprints of
 * one delivery with the same group, component and environment open one incident together); a
 * resolved alert marks that alert resolved on its incident. The whole delivery is checked first and
 * stored in one transaction: a bad delivery stores nothing. Two deliveries racing to open the same
 * fingerprint meet at a unique index; the loser runs again and finds the winner's incident.
 */
@Service
public class AlertIntake {

	private static final int ATTEMPTS = 3;

	private final AlertChecks checks;

	private final IncidentOpening opening;

	private final IncidentAlertRepository alerts;

	private final IncidentTimeline timeline;

	private final IncidentMetrics metrics;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final Clock clock;

	AlertIntake(AlertChecks checks, IncidentOpening opening, IncidentAlertRepository alerts, IncidentTimeline timeline,
			IncidentMetrics metrics, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
		this.checks = checks;
		this.opening = opening;
		this.alerts = alerts;
		this.timeline = timeline;
		this.metrics = metrics;
		this.transactions = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
	}

	/** Stores the customer's delivery; refuses it whole (nothing stored) when one alert is bad or foreign. */
	public IntakeResult receive(Long customerId, List<Alert> delivery) {
		CustomerFacts facts = this.checks.check(customerId, delivery);
		for (int attempt = 1;; attempt++) {
			try {
				IntakeResult result = this.transactions.execute(status -> store(facts, delivery));
				this.metrics.received(result.received());
				this.metrics.deduplicated(result.deduplicated());
				return result;
			}
			catch (DataIntegrityViolationException raced) {
				if (attempt == ATTEMPTS) {
					throw raced;
				}
			}
		}
	}

	private IntakeResult store(CustomerFacts facts, List<Alert> delivery) {
		Instant now = this.clock.instant();
		Map<String, Incident> openedNow = new HashMap<>();
		Set<Long> touched = new LinkedHashSet<>();
		int opened = 0;
		int deduplicated = 0;
		int resolved = 0;
		for (Alert alert : delivery) {
			Optional<IncidentAlert> known = this.alerts.findByCustomerIdAndOpenFingerprint(facts.customerId(), alert.fingerprint());
			if (known.isPresent()) {
				IncidentAlert existing = known.get();
				AlertStatus before = existing.getStatus();
				existing.update(alert, now);
				touched.add(existing.getIncidentId());
				if (before == alert.status()) {
					deduplicated++;
				}
				else if (alert.status() == AlertStatus.RESOLVED) {
					resolved++;
					this.timeline.record(existing.getIncidentId(), IncidentEventKind.ALERT_RESOLVED, null, alert.name());
				}
				else {
					this.timeline.record(existing.getIncidentId(), IncidentEventKind.ALERT_FIRED, null, alert.name());
				}
				continue;
			}
			if (alert.status() == AlertStatus.RESOLVED) {
				continue; // nothing open to resolve: the incident it belonged to is over, or it never fired here
			}
			String together = alert.group() + "|" + alert.label(Alert.COMPONENT) + "|" + alert.label(Alert.ENVIRONMENT);
			Incident incident = alert.group() == null ? null : openedNow.get(together);
			if (incident == null) {
				incident = open(facts, alert, now);
				openedNow.put(together, incident);
				opened++;
			}
			this.alerts.save(new IncidentAlert(incident.getId(), facts.customerId(), alert, labels(alert), now));
			this.timeline.record(incident.getId(), IncidentEventKind.ALERT_FIRED, null, alert.name());
			touched.add(incident.getId());
		}
		this.alerts.flush();
		openedNow.values().forEach(incident -> this.metrics.opened(incident.getSeverity()));
		return new IntakeResult(delivery.size(), opened, deduplicated, resolved, new ArrayList<>(touched));
	}

	private Incident open(CustomerFacts facts, Alert alert, Instant now) {
		String environment = alert.label(Alert.ENVIRONMENT);
		String title = alert.summary() == null || alert.summary().isBlank() ? alert.name() : alert.summary();
		return this.opening.open(facts.customerId(), facts.plan(), title, alert.label(Alert.COMPONENT), environment,
				facts.isProduction(environment), alert.label(Alert.SEVERITY), null, now);
	}

	private String labels(Alert alert) {
		try {
			return this.json.writeValueAsString(new java.util.TreeMap<>(alert.labels()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a delivery did: alerts in it, incidents opened, repeats, alerts resolved, the incidents it touched. */
	public record IntakeResult(int received, int opened, int deduplicated, int resolved, List<Long> incidents) {
	}

}
