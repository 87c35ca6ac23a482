package io.connectdesk.customer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every filing reads of its customer (issue 13): the name, the service calendar (plan, time zone,
 * holidays) and the urgent quota, kept in memory per customer instead of two queries per filing (five for an
 * urgent one, which read the whole contract for its quota). A change on this node is
 * seen at once (the customer's own events, and {@link ContractHolidays#replace}, forget the entry when
 * they commit); another node's change after at most {@code connectdesk.cluster.cache-ttl}, as for the
 * other caches of data that several nodes change (docs/cluster-state.md). A due time computed in that
 * window uses the contract as it was a few seconds before.
 */
@Component
class ContractCache {

	private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

	private final CustomerRepository customers;

	private final ContractHolidayRepository holidays;

	private final long ttlNanos;

	ContractCache(CustomerRepository customers, ContractHolidayRepository holidays,
			@Value("${connectdesk.cluster.cache-ttl:PT30S}") Duration ttl) {
		this.customers = customers;
		this.holidays = holidays;
		this.ttlNanos = ttl.toNanos();
	}

	/** The customer's name and calendar; empty when there is no such customer (not remembered). */
	Optional<Entry> of(Long customerId) {
		long now = System.nanoTime();
		Entry cached = this.entries.get(customerId);
		if (cached != null && now - cached.readAt() < this.ttlNanos) {
			return Optional.of(cached);
		}
		return this.customers.findById(customerId).map(customer -> {
			List<LocalDate> days = this.holidays.findByKeyCustomerIdOrderByKeyHoliday(customerId)
				.stream()
				.map(ContractHoliday::getHoliday)
				.toList();
			Entry loaded = new Entry(customer.getName(),
					new ServiceCalendar(customer.getServicePlan(), customer.urgentQuota().zone(), days),
					customer.urgentQuota(), now);
			this.entries.put(customerId, loaded);
			return loaded;
		});
	}

	/**
	 * Forgets the customer now and again when the current transaction commits: a reader that loaded the
	 * old rows in between does not keep them.
	 */
	void forget(Long customerId) {
		this.entries.remove(customerId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					ContractCache.this.entries.remove(customerId);
				}
			});
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CustomerChanged change) {
		this.entries.remove(change.customerId());
	}

	/** @param readAt {@link System#nanoTime()} when it was read */
	record Entry(String name, ServiceCalendar calendar, UrgentQuota urgentQuota, long readAt) {
	}

}
