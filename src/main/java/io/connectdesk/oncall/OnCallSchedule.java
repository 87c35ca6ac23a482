package io.connectdesk.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Person;

/** The on-call module's schedule facade: who is on call when, and how admins plan and adjust it. */
@Service
@Transactional
public class OnCallSchedule {

	static final String NO_SHIFT = "no-shift";

	private final ShiftRepository shifts;

	private final OnCallEngineers engineers;

	private final Accounts accounts;

	private final OnCallSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OnCallSchedule(ShiftRepository shifts, OnCallEngineers engineers, Accounts accounts, OnCallSettings settings,
			Clock clock, ApplicationEventPublisher events) {
		this.shifts = shifts;
		this.engineers = engineers;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Plans the rotation's shifts. Shifts already in the range that have begun, or that an admin
	 * overrode, stay; the other (future, unchanged) ones are replaced; planned shifts that would
	 * overlap a kept one or have ended already are left out.
	 */
	public RotationResult generate(NewRotation rotation, Caller admin) {
		List<Long> order = this.engineers.resolve("engineers", rotation.engineers());
		if (new HashSet<>(order).size() < 2) {
			throw InvalidInputException.of("engineers", "Name at least two different engineers");
		}
		RotationPlan plan = RotationPlan.of(this.settings);
		Instant from = plan.startOf(rotation.startDate());
		Instant to = plan.endOf(rotation.startDate(), rotation.weeks());
		Instant now = this.clock.instant();
		List<Shift> kept = new ArrayList<>();
		for (Shift existing : this.shifts.overlapping(from, to)) {
			if (existing.isOverridden() || existing.getStartsAt().isBefore(now)) {
				kept.add(existing);
			}
			else {
				this.shifts.delete(existing);
			}
		}
		this.shifts.flush();
		int created = 0;
		for (ShiftSlot slot : plan.slots(rotation.startDate(), rotation.weeks(), order)) {
			boolean taken = kept.stream().anyMatch(shift -> shift.overlaps(slot.startsAt(), slot.endsAt()));
			if (!taken && slot.endsAt().isAfter(now)) {
				this.shifts.save(new Shift(slot, now));
				created++;
			}
		}
		this.shifts.flush();
		audit(admin, "ONCALL_ROTATION_GENERATED", "oncall-rotation", rotation.startDate(), Map.of("weeks", rotation.weeks(),
				"engineers", rotation.engineers(), "created", created, "kept", kept.size()));
		return new RotationResult(from, to, created, kept.size(), Gap.in(from, to, this.shifts.overlapping(from, to)));
	}

	/** The shift's secondary becomes its primary and the other way round. */
	public ShiftView swap(Long shiftId, Caller admin) {
		Shift shift = this.shifts.findById(shiftId)
			.orElseThrow(() -> new NotFoundException("shift-not-found", "No shift " + shiftId));
		shift.swap();
		ShiftView swapped = view(shift);
		audit(admin, "ONCALL_SHIFT_SWAPPED", "oncall-shift", shiftId, Map.of("primary", emailOf(swapped.primary()),
				"secondary", emailOf(swapped.secondary())));
		return swapped;
	}

	/** Puts the replacement in the engineer's place on every shift of those days; returns how many changed. */
	public int replace(Replacement replacement, Caller admin) {
		if (replacement.to().isBefore(replacement.from())) {
			throw InvalidInputException.of("to", "The last day comes on or after the first");
		}
		Long engineer = this.engineers.resolve("engineer", List.of(replacement.engineer())).get(0);
		Long substitute = this.engineers.resolve("replacement", List.of(replacement.replacement())).get(0);
		if (engineer.equals(substitute)) {
			throw InvalidInputException.of("replacement", "Name someone else");
		}
		Instant from = replacement.from().atStartOfDay(this.settings.zone()).toInstant();
		Instant to = replacement.to().plusDays(1).atStartOfDay(this.settings.zone()).toInstant();
		int changed = 0;
		for (Shift shift : this.shifts.overlapping(from, to)) {
			if (shift.replace(engineer, substitute)) {
				changed++;
			}
		}
		audit(admin, "ONCALL_ENGINEER_REPLACED", "oncall-engineer", replacement.engineer(), Map.of("replacement",
				replacement.replacement(), "from", replacement.from().toString(), "to", replacement.to().toString(), "shifts", changed));
		return changed;
	}

	private static String emailOf(Person person) {
		return person == null ? "" : person.email();
	}

	private void audit(Caller admin, String action, String targetType, Object targetId, Map<String, Object> details) {
		this.events.publishEvent(AuditedAct.by(admin, action, null, targetType, targetId, details));
	}

	@Transactional(readOnly = true)
	public ScheduleView schedule(Instant from, Instant to) {
		List<Shift> found = this.shifts.overlapping(from, to);
		return new ScheduleView(from, to, this.settings.zone().getId(), views(found), Gap.in(from, to, found));
	}

	/** Who is on call now, for staff; {@code no-shift} when nobody is. */
	@Transactional(readOnly = true)
	public ShiftView now(Caller caller) {
		return board(caller).now().orElseThrow(() -> new NotFoundException(NO_SHIFT, "Nobody is on call now"));
	}

	/** Who is on call after the current shift (or, with none, the next one to begin). */
	@Transactional(readOnly = true)
	public ShiftView next(Caller caller) {
		return board(caller).next()
			.orElseThrow(() -> new NotFoundException(NO_SHIFT, "No shift is scheduled after the current one"));
	}

	/** For staff: the shift now, the next one, and the coming week with its uncovered hours. */
	@Transactional(readOnly = true)
	public OnCallBoard board(Caller caller) {
		requireStaff(caller);
		Instant now = this.clock.instant();
		Optional<Shift> current = currentShift(now);
		Instant after = current.map(Shift::getEndsAt).orElse(now);
		Optional<ShiftView> next = this.shifts.findFirstByStartsAtGreaterThanEqualOrderByStartsAtAsc(after).map(this::view);
		return new OnCallBoard(current.map(this::view), next, schedule(now, now.plus(Duration.ofDays(7))));
	}

	/** The shift running now, for the system (the escalation ladder). */
	@Transactional(readOnly = true)
	public Optional<ShiftView> current() {
		return currentShift(this.clock.instant()).map(this::view);
	}

	/** Today in the operations time zone, by the application's clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.settings.zone());
	}

	/** The operations time zone, for pages that show local times. */
	public String zone() {
		return this.settings.zone().getId();
	}

	static void requireStaff(Caller caller) {
		if (!caller.isStaff()) {
			throw new ForbiddenException("staff-only", "Only the service's staff see the on-call schedule");
		}
	}

	private Optional<Shift> currentShift(Instant now) {
		return this.shifts.findFirstByStartsAtLessThanEqualAndEndsAtGreaterThanOrderByStartsAtDesc(now, now);
	}

	private ShiftView view(Shift shift) {
		return views(List.of(shift)).get(0);
	}

	private List<ShiftView> views(List<Shift> found) {
		Set<Long> ids = new LinkedHashSet<>();
		found.forEach(shift -> {
			ids.add(shift.getPrimaryId());
			ids.add(shift.getSecondaryId());
		});
		Map<Long, Person> people = this.accounts.people(ids);
		return found.stream()
			.map(shift -> new ShiftView(shift.getId(), shift.getStartsAt(), shift.getEndsAt(),
					people.get(shift.getPrimaryId()), people.get(shift.getSecondaryId()), shift.isOverridden()))
			.toList();
	}

}
