package io.connectdesk.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

	List<TicketEvent> findByTicketIdOrderByCreatedAtAscIdAsc(Long ticketId);

	/** The ticket's latest event of one of those kinds. */
	Optional<TicketEvent> findFirstByTicketIdAndKindInOrderByCreatedAtDescIdDesc(Long ticketId, Collection<String> kinds);

}
