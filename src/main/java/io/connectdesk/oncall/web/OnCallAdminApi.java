package io.connectdesk.oncall.web;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.oncall.NewRotation;
import io.connectdesk.oncall.OnCallSchedule;
import io.connectdesk.oncall.Replacement;
import io.connectdesk.oncall.RotationResult;
import io.connectdesk.oncall.ScheduleView;
import io.connectdesk.oncall.ShiftView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/oncall")
@Tag(name = "On-call schedule (admin)", description = "Weekly rotations and their overrides")
class OnCallAdminApi {

	private final OnCallSchedule schedule;

	OnCallAdminApi(OnCallSchedule schedule) {
		this.schedule = schedule;
	}

	@PostMapping("/rotation")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Generate a weekly rotation from an ordered list of SREs",
			description = "Week n: engineer n primary, engineer n+1 secondary. Future shifts of the range that nobody "
					+ "overrode are replaced; begun and overridden ones stay. The answer lists uncovered hours left.")
	RotationResult rotation(@Valid @RequestBody NewRotation rotation, Caller caller) {
		return this.schedule.generate(rotation, caller);
	}

	@GetMapping("/shifts")
	@Operation(summary = "The shifts of the days from..to (operations time zone) and the hours nobody covers")
	ScheduleView shifts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		ZoneId zone = ZoneId.of(this.schedule.zone());
		LocalDate first = from != null ? from : this.schedule.today();
		LocalDate last = to != null ? to : first.plusDays(27);
		if (last.isBefore(first)) {
			throw InvalidInputException.of("to", "The last day comes on or after the first");
		}
		return this.schedule.schedule(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
	}

	@PostMapping("/shifts/{id}/swap")
	@Operation(summary = "Swap the shift's primary and secondary (an override: regenerating keeps it)")
	ShiftView swap(@PathVariable Long id, Caller caller) {
		return this.schedule.swap(id, caller);
	}

	@PostMapping("/replacements")
	@Operation(summary = "Someone replaces an engineer on every shift of some days (a holiday)")
	ReplacementResult replace(@Valid @RequestBody Replacement replacement, Caller caller) {
		return new ReplacementResult(this.schedule.replace(replacement, caller));
	}

	/** @param changed how many shifts now have the replacement in the engineer's place */
	record ReplacementResult(int changed) {
	}

}
