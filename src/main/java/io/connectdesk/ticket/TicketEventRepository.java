package io.connectdesk.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

	List<TicketEvent> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

}
