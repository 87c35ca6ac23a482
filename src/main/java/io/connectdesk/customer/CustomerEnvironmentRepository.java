package io.connectdesk.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerEnvironmentRepository extends JpaRepository<CustomerEnvironment, Long> {

	List<CustomerEnvironment> findByCustomerId(Long customerId);

	Optional<CustomerEnvironment> findByCustomerIdAndKey(Long customerId, String key);

	long countByCustomerId(Long customerId);

}
