package io.connectdesk.incident;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PageWebhookRepository extends JpaRepository<PageWebhook, Long> {

	List<PageWebhook> findByStatusAndNextAttemptAtLessThanEqualOrderById(String status, Instant now, Limit limit);

	List<PageWebhook> findByIncidentIdOrderById(Long incidentId);

}
