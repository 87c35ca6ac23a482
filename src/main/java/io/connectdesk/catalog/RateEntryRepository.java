package io.connectdesk.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RateEntryRepository extends JpaRepository<RateEntry, Long> {

	/** The rate in force on the day: the latest that took effect on or before it. */
	Optional<RateEntry> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);

	boolean existsByEffectiveFrom(LocalDate effectiveFrom);

	List<RateEntry> findAllByOrderByEffectiveFromDesc();

}
