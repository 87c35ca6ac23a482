package io.connectdesk.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contract's holidays and the service calendar built from them, for the sla module and the admins. */
@Service
public class ContractHolidays {

	private final CustomerRepository customers;

	private final ContractHolidayRepository holidays;

	private final ContractCache cache;

	ContractHolidays(CustomerRepository customers, ContractHolidayRepository holidays, ContractCache cache) {
		this.customers = customers;
		this.holidays = holidays;
		this.cache = cache;
	}

	/**
	 * Read through {@link ContractCache}: a filing asks for it every time.
	 * @throws CustomerNotFoundException when there is no such customer
	 */
	@Transactional(readOnly = true)
	public ServiceCalendar calendarOf(Long customerId) {
		return this.cache.of(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId)).calendar();
	}

	@Transactional(readOnly = true)
	public List<LocalDate> holidaysOf(Long customerId) {
		return this.holidays.findByKeyCustomerIdOrderByKeyHoliday(customerId).stream().map(ContractHoliday::getHoliday).toList();
	}

	/**
	 * Replaces the contract's holidays. Due times already computed keep their value.
	 * @throws CustomerNotFoundException when there is no such customer
	 */
	@Transactional
	public List<LocalDate> replace(Long customerId, List<LocalDate> days) {
		if (!this.customers.existsById(customerId)) {
			throw new CustomerNotFoundException(customerId);
		}
		this.cache.forget(customerId);
		this.holidays.deleteAll(this.holidays.findByKeyCustomerIdOrderByKeyHoliday(customerId));
		this.holidays.flush();
		new TreeSet<>(days).forEach(day -> this.holidays.save(new ContractHoliday(customerId, day)));
		return holidaysOf(customerId);
	}

}
