package io.connectdesk.sla;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLevelClockRepository extends JpaRepository<ServiceLevelClock, String> {

	/** The clocks of the customer's tickets filed in {@code [from, to)}. */
	List<ServiceLevelClock> findByCustomerIdAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAtAsc(
			Long customerId, Instant from, Instant to);

}
