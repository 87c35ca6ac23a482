package io.connectdesk.customer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer module's facade. */
@Service
public class Customers {

	private final CustomerRepository repository;

	private final Clock clock;

	Customers(CustomerRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Returns the customer of that name, creating it on first use. */
	@Transactional
	public Customer findOrCreate(String name) {
		return this.repository.findByName(name).orElseGet(() -> this.repository.save(new Customer(name, this.clock.instant())));
	}

	/** Names of the given customers, for views that list tickets of several. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return this.repository.findAllById(ids).stream().collect(Collectors.toMap(Customer::getId, Customer::getName, (a, b) -> a));
	}

	@Transactional(readOnly = true)
	public String nameOf(Long id) {
		return namesOf(List.of(id)).getOrDefault(id, "");
	}

}
