package io.connectdesk.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerEnvironmentRepository extends JpaRepository<CustomerEnvironment, Long> {

	List<CustomerEnvironment> findByCustomerId(Long customerId);

	Optional<CustomerEnvironment> findByCustomerIdAndKey(Long customerId, String key);

	long countByCustomerId(Long customerId);

	/** Every customer's number of environments in one query, for lists of customers. */
	@Query("select e.customerId as customerId, count(e) as environments from CustomerEnvironment e group by e.customerId")
	List<EnvironmentCount> countPerCustomer();

	/** A customer's number of environments. */
	interface EnvironmentCount {

		Long getCustomerId();

		long getEnvironments();

	}

}
