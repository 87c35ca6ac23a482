package io.connectdesk.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PageWebhookRepository extends JpaRepository<PageWebhook, Long> {

	@Query("select p.id from PageWebhook p where p.status = :status and p.nextAttemptAt <= :now order by p.id")
	List<Long> findDue(String status, Instant now, Limit limit);

	/**
	 * Takes a due page for this node until {@code leaseUntil} (as {@code notification}'s outbox does): 1
	 * when this node got it, 0 when another node was first (the row lock serializes the two updates; the
	 * loser's condition no longer holds). A node that dies while posting leaves the page to the next
	 * claim after the lease.
	 */
	@Modifying
	@Query("""
			update PageWebhook p set p.nextAttemptAt = :leaseUntil, p.attempts = p.attempts + 1
			where p.id = :id and p.status = :status and p.nextAttemptAt <= :now""")
	int claim(Long id, String status, Instant now, Instant leaseUntil);

	List<PageWebhook> findByIncidentIdOrderById(Long incidentId);

}
