package io.connectdesk.customer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerDomainRepository extends JpaRepository<CustomerDomain, String> {

	List<CustomerDomain> findByCustomerIdOrderByDomain(Long customerId);

	List<CustomerDomain> findByCustomerIdIn(Collection<Long> customerIds);

	List<CustomerDomain> findByDomainIn(Collection<String> domains);

}
