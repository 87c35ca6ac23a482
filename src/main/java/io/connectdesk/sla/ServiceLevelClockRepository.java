package io.connectdesk.sla;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceLevelClockRepository extends JpaRepository<ServiceLevelClock, String> {

	/** The clocks of the customer's tickets filed in {@code [from, to)}. */
	List<ServiceLevelClock> findByCustomerIdAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAtAsc(
			Long customerId, Instant from, Instant to);

	/** The tickets whose next alarm is due, the most overdue first. */
	@Query("select c.ticketId from ServiceLevelClock c where c.nextAlarmAt <= :now order by c.nextAlarmAt")
	List<String> findAlarmsDue(Instant now, Limit limit);

}
