package io.connectdesk.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentAlarmRepository extends JpaRepository<IncidentAlarm, Long> {

	/** The incidents whose next alarm is due, earliest first (by {@code incident_alarm_due_idx}). */
	@Query("select a.incidentId from IncidentAlarm a where a.nextAlarmAt <= :now order by a.nextAlarmAt")
	List<Long> findDue(Instant now, Limit limit);

}
