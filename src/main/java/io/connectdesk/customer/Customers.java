package io.connectdesk.customer;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer module's facade for the other modules; admins change contracts through {@link Contracts}. */
@Service
public class Customers {

	private final CustomerRepository repository;

	private final CustomerDomainRepository domains;

	private final CustomerEnvironmentRepository environments;

	private final Clock clock;

	private final ContractCache contracts;

	Customers(CustomerRepository repository, CustomerDomainRepository domains,
			CustomerEnvironmentRepository environments, Clock clock, ContractCache contracts) {
		this.contracts = contracts;
		this.repository = repository;
		this.domains = domains;
		this.environments = environments;
		this.clock = clock;
	}

	/** The customer whose contract holds the domain of this e-mail address, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> customerOfEmail(String email) {
		return EmailDomains.of(email).flatMap(this.domains::findById).map(CustomerDomain::getCustomerId);
	}

	/** The customer of that name, if there is one (an identity provider may name a person's organization). */
	@Transactional(readOnly = true)
	public Optional<Long> customerNamed(String name) {
		return this.repository.findByName(name).map(Customer::getId);
	}

	/** Whether the address is in one of the corporate e-mail domains of that customer's contract. */
	@Transactional(readOnly = true)
	public boolean acceptsEmail(Long customerId, String email) {
		return customerOfEmail(email).filter(customerId::equals).isPresent();
	}

	/** The corporate e-mail domains of the customer's contract. */
	@Transactional(readOnly = true)
	public List<String> domainsOf(Long customerId) {
		return this.domains.findByCustomerIdOrderByDomain(customerId).stream().map(CustomerDomain::getDomain).toList();
	}

	/**
	 * Adds a corporate e-mail domain to the customer's contract.
	 * @throws DomainTakenException when another customer's contract holds it
	 */
	@Transactional
	public void addDomain(Long customerId, String domain) {
		String normalized = domain.strip().toLowerCase(Locale.ROOT);
		this.domains.findById(normalized).ifPresentOrElse(existing -> {
			if (!existing.getCustomerId().equals(customerId)) {
				throw new DomainTakenException(normalized);
			}
		}, () -> this.domains.save(new CustomerDomain(normalized, customerId)));
	}

	/** Returns the customer of that name, creating it on first use with the default contract and environments. */
	@Transactional
	public Customer findOrCreate(String name) {
		return this.repository.findByName(name).orElseGet(() -> create(name));
	}

	/** The keys of the customer's environments, production first. */
	@Transactional(readOnly = true)
	public List<EnvironmentView> environmentsOf(Long customerId) {
		return this.environments.findByCustomerId(customerId)
			.stream()
			.map(CustomerEnvironment::toView)
			.sorted(Comparator.comparing(EnvironmentView::kind).thenComparing(EnvironmentView::key))
			.toList();
	}

	private Customer create(String name) {
		Customer customer = this.repository.save(new Customer(name, this.clock.instant()));
		EnvironmentRules.DEFAULTS
			.forEach(environment -> this.environments.save(new CustomerEnvironment(customer.getId(), environment)));
		return customer;
	}

	/** Every customer's id and name by name, for a filter's list of customers: one query, no contract details. */
	@Transactional(readOnly = true)
	public List<CustomerChoice> choices() {
		return this.repository.choices();
	}

	/** Names of the given customers, for views that list tickets of several. */
	@Transactional(readOnly = true)
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return this.repository.findAllById(ids).stream().collect(Collectors.toMap(Customer::getId, Customer::getName, (a, b) -> a));
	}

	@Transactional(readOnly = true)
	public String nameOf(Long id) {
		// Through the contract cache: a filing asks for it, right after its service calendar.
		return this.contracts.of(id).map(ContractCache.Entry::name).orElse("");
	}

	/** The customer's contract time zone, in which its people read every time; UTC for an unknown customer. */
	@Transactional(readOnly = true)
	public ZoneId zoneOf(Long id) {
		return this.contracts.of(id).map(entry -> entry.calendar().zone()).orElse(ZoneId.of("UTC"));
	}

	/**
	 * The customer's urgent quota as its contract says (through the contract cache: an urgent filing asks for it).
	 * @throws CustomerNotFoundException when there is no such customer
	 */
	@Transactional(readOnly = true)
	public UrgentQuota urgentQuotaOf(Long id) {
		return this.contracts.of(id).map(ContractCache.Entry::urgentQuota).orElseThrow(() -> new CustomerNotFoundException(id));
	}

}
