package io.connectdesk.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.connectdesk.cluster.ClusterLock;
import io.connectdesk.common.Caller;
import io.connectdesk.customer.ServicePlan;

/**
 * Incident service levels: targets per severity and plan ({@code incident-service-levels.dmn}), a
 * sweep that puts each missed target of an open incident on its timeline once (and counts it), and
 * the report of the last 90 days with the times to acknowledge, mitigate and resolve. The sweep runs
 * once per cluster and due time ({@link ClusterLock#claimRun}) and reads only the incidents whose next
 * alarm is due ({@link IncidentAlarm}, by an index), each in its own transaction.
 */
@Service
public class IncidentServiceLevels {

	static final String SWEEP_JOB = "incident-breach-sweep";

	/** Due alarms one transaction-per-incident pass takes before it asks again. */
	private static final int BATCH = 200;

	private static final int MAX_PASSES = 50;

	private static final Logger log = LoggerFactory.getLogger(IncidentServiceLevels.class);

	private final IncidentRepository incidents;

	private final IncidentTargets targets;

	private final IncidentAlarms alarms;

	private final IncidentAlarmRepository alarmRows;

	private final Incidents views;

	private final ClusterLock cluster;

	private final TransactionTemplate transaction;

	private final Duration interval;

	private final Clock clock;

	IncidentServiceLevels(IncidentRepository incidents, IncidentTargets targets, IncidentAlarms alarms, IncidentAlarmRepository alarmRows,
			Incidents views, ClusterLock cluster, PlatformTransactionManager transactionManager,
			@Value("${connectdesk.incident.breach-sweep:PT1M}") Duration interval, Clock clock) {
		this.incidents = incidents;
		this.targets = targets;
		this.alarms = alarms;
		this.alarmRows = alarmRows;
		this.views = views;
		this.cluster = cluster;
		this.transaction = new TransactionTemplate(transactionManager);
		this.interval = interval;
		this.clock = clock;
	}

	/** Every node's scheduler fires; one node per due time claims the run. */
	@Scheduled(fixedDelayString = "${connectdesk.incident.breach-sweep:PT1M}")
	void onSchedule() {
		if (claimsRun()) {
			recordBreaches();
		}
	}

	/** Whether this node runs the sweep of the current due time (the interval's start); another node's call for it gets false. */
	boolean claimsRun() {
		long every = Math.max(1, this.interval.toMillis());
		return this.cluster.claimRun(SWEEP_JOB, Instant.ofEpochMilli(this.clock.millis() / every * every));
	}

	/**
	 * Records every target an open incident has missed and not yet recorded: reads the due alarms only.
	 * @return how many breaches were recorded
	 */
	public int recordBreaches() {
		Map<Long, ServicePlan> plans = new HashMap<>();
		int recorded = 0;
		List<Long> due;
		int passes = 0;
		do { // a full batch means more are due; bounded, so that alarms that keep failing cannot hold the sweep
			due = this.alarmRows.findDue(this.clock.instant(), Limit.of(BATCH));
			for (Long incidentId : due) {
				recorded += raise(incidentId, plans);
			}
		}
		while (due.size() == BATCH && ++passes < MAX_PASSES);
		return recorded;
	}

	private int raise(Long incidentId, Map<Long, ServicePlan> plans) {
		try {
			Integer count = this.transaction.execute(status -> this.alarms.raise(incidentId, plans));
			return count == null ? 0 : count;
		}
		catch (OptimisticLockingFailureException ex) {
			log.debug("Service-level alarm of incident {} raised by another node", incidentId);
		}
		catch (RuntimeException ex) {
			log.error("Service-level alarm of incident {} failed; the next sweep tries again", incidentId, ex);
		}
		return 0;
	}

	/** The caller's incidents of the last 90 days (staff: all) with their times and missed targets. */
	@Transactional(readOnly = true)
	public List<ReportRow> report(Caller caller) {
		Instant now = this.clock.instant();
		Map<Long, ServicePlan> plans = new HashMap<>();
		List<ReportRow> rows = new ArrayList<>();
		for (IncidentView view : this.views.recent(caller)) {
			Incident incident = this.incidents.getReferenceById(view.id());
			IncidentTargets.Targets due = this.targets.of(incident.getSeverity(),
					plans.computeIfAbsent(incident.getCustomerId(), this.alarms::planOf));
			List<String> missed = new ArrayList<>();
			for (IncidentTargets.Target target : IncidentTargets.Target.values()) {
				if (target.missed(incident, due, now)) {
					missed.add(target.name());
				}
			}
			rows.add(new ReportRow(view.id(), view.customerId(), view.severity(), view.status(), view.openedAt(),
					between(incident, incident.getAcknowledgedAt()), between(incident, incident.getMitigatedAt()),
					between(incident, incident.getResolvedAt()), due.acknowledge(), due.mitigate(), due.resolve(), missed));
		}
		return rows;
	}

	private static Duration between(Incident incident, Instant at) {
		return at == null ? null : Duration.between(incident.getOpenedAt(), at);
	}

	/** One incident in the report; the times are from the opening, {@code null} while not reached. */
	public record ReportRow(Long incidentId, Long customerId, Severity severity, IncidentStatus status, Instant openedAt,
			Duration timeToAcknowledge, Duration timeToMitigate, Duration timeToResolve, Duration acknowledgeTarget,
			Duration mitigateTarget, Duration resolveTarget, List<String> missedTargets) {
	}

}
