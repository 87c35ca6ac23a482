package io.connectdesk.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InventoryItemRepository extends JpaRepository<InventoryItem, Long> {

	/** The customer's items that count on at least one day of [from, until). */
	@Query("""
			select i from InventoryItem i where i.customerId = :customerId and i.activeFrom < :until
			and (i.activeUntil is null or i.activeUntil > :from) order by i.componentKey, i.environmentKey, i.id""")
	List<InventoryItem> findOverlapping(Long customerId, LocalDate from, LocalDate until);

	/** The customer's items of a component in an environment that count on the day. */
	@Query("""
			select i from InventoryItem i where i.customerId = :customerId and i.componentKey = :componentKey
			and i.environmentKey = :environmentKey and i.activeFrom <= :day
			and (i.activeUntil is null or i.activeUntil > :day) order by i.id""")
	List<InventoryItem> findActive(Long customerId, String componentKey, String environmentKey, LocalDate day);

	long countByCustomerIdAndActivatedByAndComponentKeyAndEnvironmentKey(Long customerId, String activatedBy,
			String componentKey, String environmentKey);

	boolean existsByCustomerIdAndRemovedByAndComponentKeyAndEnvironmentKey(Long customerId, String removedBy,
			String componentKey, String environmentKey);

}
