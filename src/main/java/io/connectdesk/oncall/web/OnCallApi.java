package io.connectdesk.oncall.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.oncall.EscalationView;
import io.connectdesk.oncall.Escalations;
import io.connectdesk.oncall.OnCallSchedule;
import io.connectdesk.oncall.ShiftView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "On call", description = "Who is on call, escalations to the experts (staff only)")
class OnCallApi {

	private final OnCallSchedule schedule;

	private final Escalations escalations;

	OnCallApi(OnCallSchedule schedule, Escalations escalations) {
		this.schedule = schedule;
		this.escalations = escalations;
	}

	@GetMapping("/oncall/now")
	@Operation(summary = "The shift running now: its primary and secondary", description = "404 no-shift when nobody is on call.")
	ShiftView now(Caller caller) {
		return this.schedule.now(caller);
	}

	@GetMapping("/oncall/next")
	@Operation(summary = "The shift after the current one", description = "404 no-shift when none is scheduled.")
	ShiftView next(Caller caller) {
		return this.schedule.next(caller);
	}

	@PostMapping("/tickets/{id}/escalations")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Escalate the ticket to the experts by hand, with a note",
			description = "For the on-call primary and secondary (any SRE while no shift runs).")
	void escalate(@PathVariable String id, @Valid @RequestBody EscalationRequest request, Caller caller) {
		this.escalations.escalateByHand(id, caller, request.note());
	}

	@GetMapping("/escalations")
	@Operation(summary = "The experts' queue: escalations nobody has taken yet, oldest first")
	List<EscalationView> escalations(Caller caller) {
		return this.escalations.open(caller);
	}

	@PostMapping("/escalations/{taskId}/take")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "An expert takes an escalation off the experts' queue")
	void take(@PathVariable String taskId, Caller caller) {
		this.escalations.take(taskId, caller);
	}

}
