package io.connectdesk.customer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.ConflictException;
import io.connectdesk.customer.CustomerChanged.Action;
import io.connectdesk.customer.CustomerEnvironmentRepository.EnvironmentCount;

/**
 * The admin's side of the customer module: customers, their contracts and environments. Every change
 * publishes a {@link CustomerChanged} with the customer before and after, in the same transaction.
 */
@Service
public class Contracts {

	private final CustomerRepository customers;

	private final CustomerDomainRepository domains;

	private final CustomerEnvironmentRepository environments;

	private final Customers facade;

	private final ApplicationEventPublisher events;

	Contracts(CustomerRepository customers, CustomerDomainRepository domains, CustomerEnvironmentRepository environments,
			Customers facade, ApplicationEventPublisher events) {
		this.customers = customers;
		this.domains = domains;
		this.environments = environments;
		this.facade = facade;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<CustomerSummary> list() {
		List<Customer> all = this.customers.findAll(Sort.by("name"));
		Map<Long, List<String>> domainsByCustomer = this.domains
			.findByCustomerIdIn(all.stream().map(Customer::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(CustomerDomain::getCustomerId, Collectors.mapping(CustomerDomain::getDomain,
					Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().sorted().toList()))));
		Map<Long, Long> environmentsByCustomer = this.environments.countPerCustomer()
			.stream()
			.collect(Collectors.toMap(EnvironmentCount::getCustomerId, EnvironmentCount::getEnvironments));
		return all.stream()
			.map(customer -> new CustomerSummary(customer.getId(), customer.getName(), customer.getServicePlan(),
					domainsByCustomer.getOrDefault(customer.getId(), List.of()),
					environmentsByCustomer.getOrDefault(customer.getId(), 0L).intValue()))
			.toList();
	}

	/** @throws CustomerNotFoundException when there is no such customer */
	@Transactional(readOnly = true)
	public CustomerDetail detail(Long customerId) {
		return detailOf(find(customerId));
	}

	/**
	 * Creates the customer with its contract and the default environments.
	 * @throws ConflictException when the name or one of the domains is taken
	 */
	@Transactional
	public CustomerDetail create(NewCustomer request, Actor actor) {
		String name = request.name().strip();
		if (this.customers.findByName(name).isPresent()) {
			throw new ConflictException("customer-name-taken", "There is already a customer named " + name);
		}
		Customer customer = this.facade.findOrCreate(name);
		applyTerms(customer, request.contract());
		CustomerDetail after = detailOf(customer);
		this.events.publishEvent(new CustomerChanged(customer.getId(), Action.CREATED, actor, null, after));
		return after;
	}

	/**
	 * Replaces the contract's terms; a change that changes nothing is not recorded.
	 * @throws DomainTakenException when another customer's contract holds one of the domains
	 */
	@Transactional
	public CustomerDetail changeContract(Long customerId, ContractTerms terms, Actor actor) {
		Customer customer = find(customerId);
		CustomerDetail before = detailOf(customer);
		applyTerms(customer, terms);
		return changed(customer, Action.CONTRACT_CHANGED, actor, before);
	}

	/** @throws ConflictException when the key is taken or it would be a second production */
	@Transactional
	public CustomerDetail addEnvironment(Long customerId, NewEnvironment environment, Actor actor) {
		Customer customer = find(customerId);
		CustomerDetail before = detailOf(customer);
		EnvironmentRules.checkAdd(before.environments(), environment);
		this.environments.save(new CustomerEnvironment(customerId, environment));
		return changed(customer, Action.ENVIRONMENT_ADDED, actor, before);
	}

	/** @throws ConflictException when the environment is not an additional one */
	@Transactional
	public CustomerDetail removeEnvironment(Long customerId, String key, Actor actor) {
		Customer customer = find(customerId);
		CustomerDetail before = detailOf(customer);
		CustomerEnvironment environment = this.environments.findByCustomerIdAndKey(customerId, key)
			.orElseThrow(() -> new EnvironmentNotFoundException(key));
		EnvironmentRules.checkRemove(environment.toView());
		this.environments.delete(environment);
		this.environments.flush();
		return changed(customer, Action.ENVIRONMENT_REMOVED, actor, before);
	}

	private void applyTerms(Customer customer, ContractTerms terms) {
		List<String> wanted = terms.normalizedDomains();
		List<CustomerDomain> taken = this.domains.findByDomainIn(wanted)
			.stream()
			.filter(domain -> !domain.getCustomerId().equals(customer.getId()))
			.toList();
		if (!taken.isEmpty()) {
			throw new DomainTakenException(taken.get(0).getDomain());
		}
		List<CustomerDomain> held = this.domains.findByCustomerIdOrderByDomain(customer.getId());
		this.domains.deleteAll(held.stream().filter(domain -> !wanted.contains(domain.getDomain())).toList());
		List<String> kept = held.stream().map(CustomerDomain::getDomain).toList();
		wanted.stream()
			.filter(domain -> !kept.contains(domain))
			.forEach(domain -> this.domains.save(new CustomerDomain(domain, customer.getId())));
		customer.changeTerms(terms.plan(), terms.urgentQuota());
		this.customers.saveAndFlush(customer);
	}

	private CustomerDetail changed(Customer customer, Action action, Actor actor, CustomerDetail before) {
		CustomerDetail after = detailOf(customer);
		if (!after.equals(before)) {
			this.events.publishEvent(new CustomerChanged(customer.getId(), action, actor, before, after));
		}
		return after;
	}

	private CustomerDetail detailOf(Customer customer) {
		ContractView contract = new ContractView(this.facade.domainsOf(customer.getId()), customer.getServicePlan(),
				customer.urgentQuota());
		return new CustomerDetail(customer.getId(), customer.getName(), customer.getCreatedAt(), contract,
				this.facade.environmentsOf(customer.getId()));
	}

	private Customer find(Long customerId) {
		return this.customers.findById(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
	}

}
