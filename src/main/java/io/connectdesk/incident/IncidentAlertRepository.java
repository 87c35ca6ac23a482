package io.connectdesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentAlertRepository extends JpaRepository<IncidentAlert, Long> {

	Optional<IncidentAlert> findByCustomerIdAndOpenFingerprint(Long customerId, String openFingerprint);

	List<IncidentAlert> findByIncidentIdOrderById(Long incidentId);

}
