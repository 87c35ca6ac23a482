package io.connectdesk.ticket;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

	List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

}
