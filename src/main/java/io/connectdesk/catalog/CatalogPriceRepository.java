package io.connectdesk.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.connectdesk.customer.EnvironmentKind;

interface CatalogPriceRepository extends JpaRepository<CatalogPrice, Long> {

	/** The price in force on the day: the latest that took effect on or before it. */
	Optional<CatalogPrice> findFirstByComponentKeyAndEnvironmentKindAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
			String componentKey, EnvironmentKind environmentKind, LocalDate day);

	boolean existsByComponentKeyAndEnvironmentKindAndEffectiveFrom(String componentKey, EnvironmentKind environmentKind,
			LocalDate effectiveFrom);

	List<CatalogPrice> findByComponentKeyOrderByEnvironmentKindAscEffectiveFromDesc(String componentKey);

}
