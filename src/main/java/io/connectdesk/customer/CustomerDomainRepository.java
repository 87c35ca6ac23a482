package io.connectdesk.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerDomainRepository extends JpaRepository<CustomerDomain, String> {

	List<CustomerDomain> findByCustomerIdOrderByDomain(Long customerId);

}
