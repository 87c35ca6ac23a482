package io.connectdesk.sla;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLevelEventRepository extends JpaRepository<ServiceLevelEvent, Long> {

	List<ServiceLevelEvent> findByCustomerIdAndKindAndTicketIdInOrderByRecordedAtAsc(Long customerId,
			ServiceLevelEvent.Kind kind, Collection<String> ticketIds);

	List<ServiceLevelEvent> findByTicketIdOrderByIdAsc(String ticketId);

}
