package io.connectdesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertIntegrationRepository extends JpaRepository<AlertIntegration, Long> {

	Optional<AlertIntegration> findByTokenHash(String tokenHash);

	List<AlertIntegration> findByCustomerIdOrderByCreatedAtDescIdDesc(Long customerId);

}
