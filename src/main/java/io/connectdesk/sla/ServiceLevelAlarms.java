package io.connectdesk.sla;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises the service-level warnings and breaches that are due, on every node every
 * {@code connectdesk.sla.alarm-interval}. It replaces a {@code ServiceLevel} process per ticket (a
 * process instance, executions, timer jobs and message subscriptions written with every filing): the
 * clock row says when its next alarm is due, and this sweep finds due clocks by an index. Each clock
 * is raised in its own transaction; when two nodes race for one, its version lets one win and the
 * other roll back, so each alarm is raised once.
 */
@Component
class ServiceLevelAlarms {

	private static final Logger log = LoggerFactory.getLogger(ServiceLevelAlarms.class);

	/** Due clocks one sweep takes; the next sweep takes the rest. */
	private static final int BATCH = 200;

	private final ServiceLevelClockRepository clocks;

	private final ServiceLevels serviceLevels;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	ServiceLevelAlarms(ServiceLevelClockRepository clocks, ServiceLevels serviceLevels,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${connectdesk.sla.alarms-enabled:true}") boolean enabled) {
		this.clocks = clocks;
		this.serviceLevels = serviceLevels;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${connectdesk.sla.alarm-interval:PT30S}",
			initialDelayString = "${connectdesk.sla.alarm-interval:PT30S}")
	void onSchedule() {
		if (this.enabled) {
			raiseDue();
		}
	}

	/** @return how many alarms this sweep raised */
	int raiseDue() {
		int raised = 0;
		for (String ticketId : this.clocks.findAlarmsDue(this.clock.instant(), Limit.of(BATCH))) {
			raised += raiseDue(ticketId);
		}
		return raised;
	}

	/** @return how many alarms of that ticket were due and raised now, in their own transaction */
	int raiseDue(String ticketId) {
		try {
			Integer count = this.transaction.execute(status -> this.serviceLevels.raiseDueAlarms(ticketId));
			return count == null ? 0 : count;
		}
		catch (OptimisticLockingFailureException ex) {
			log.debug("Service-level alarms of {} raised by another node", ticketId);
		}
		catch (RuntimeException ex) {
			log.error("Service-level alarms of {} failed; the next sweep tries again", ticketId, ex);
		}
		return 0;
	}

}
