package io.connectdesk.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	Optional<Customer> findByName(String name);

	@Query("select new io.connectdesk.customer.CustomerChoice(c.id, c.name) from Customer c order by c.name")
	List<CustomerChoice> choices();

}
