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

}
