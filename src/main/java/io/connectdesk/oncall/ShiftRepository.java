package io.connectdesk.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShiftRepository extends JpaRepository<Shift, Long> {

	/** The shifts that overlap {@code [from, to)}, earliest first. */
	@Query("select s from Shift s where s.startsAt < :to and s.endsAt > :from order by s.startsAt, s.id")
	List<Shift> overlapping(Instant from, Instant to);

	Optional<Shift> findFirstByStartsAtLessThanEqualAndEndsAtGreaterThanOrderByStartsAtDesc(Instant at, Instant sameAt);

	Optional<Shift> findFirstByStartsAtGreaterThanEqualOrderByStartsAtAsc(Instant from);

}
