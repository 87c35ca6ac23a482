package io.connectdesk.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

	Optional<Incident> findByTicketId(String ticketId);

	@Query("select i from Incident i where i.customerId = :customerId and (i.status <> io.connectdesk.incident.IncidentStatus.RESOLVED or i.openedAt >= :since) order by i.openedAt desc, i.id desc")
	List<Incident> recentOf(Long customerId, Instant since);

	@Query("select i from Incident i where i.status <> io.connectdesk.incident.IncidentStatus.RESOLVED or i.openedAt >= :since order by i.openedAt desc, i.id desc")
	List<Incident> recent(Instant since);

	long countByStatus(IncidentStatus status);

	List<Incident> findByStatusIn(Collection<IncidentStatus> statuses);

	/** One grouped count by {@code incident_status_idx} (the open statuses named: an index range, unlike {@code <> RESOLVED}). */
	@Query("select i.severity, count(i) from Incident i where i.status in :open group by i.severity")
	List<Object[]> openBySeverity(Collection<IncidentStatus> open);

}
