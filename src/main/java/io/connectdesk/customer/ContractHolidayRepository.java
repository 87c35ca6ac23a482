package io.connectdesk.customer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractHolidayRepository extends JpaRepository<ContractHoliday, ContractHoliday.Key> {

	List<ContractHoliday> findByKeyCustomerIdOrderByKeyHoliday(Long customerId);

}
