package io.connectdesk.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Memberships.Member;

/**
 * Approvers name substitutes for their absences: someone of the same organization who, on those
 * days, sees the approver's inbox and decides for them ("Bea for Ana").
 */
@Service
@Transactional
public class Substitutes {

	private final SubstitutionRepository substitutions;

	private final Approvers approvers;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Substitutes(SubstitutionRepository substitutions, Approvers approvers, Accounts accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.substitutions = substitutions;
		this.approvers = approvers;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** The caller's substitutes, then those the caller is a substitute for. */
	@Transactional(readOnly = true)
	public List<SubstituteView> of(Caller caller) {
		return Stream.concat(this.substitutions.findByApproverIdOrderByStartsOnAsc(caller.userId()).stream(),
				this.substitutions.findBySubstituteId(caller.userId()).stream())
			.map(substitution -> toView(substitution, caller))
			.toList();
	}

	public SubstituteView name(Caller caller, NameSubstitute request) {
		if (!this.approvers.isApprover(caller)) {
			throw new ForbiddenException("not-an-approver", "Only approvers name substitutes");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Member substitute = this.accounts.findByEmail(request.substitute().strip())
			.flatMap(found -> this.approvers.personOf(caller.customerId(), found.userId()))
			.orElse(null);
		if (substitute == null) {
			problems.add(new FieldProblem("substitute", "No person of your organization has this address"));
		}
		else if (substitute.id().equals(caller.userId())) {
			problems.add(new FieldProblem("substitute", "Name someone other than yourself"));
		}
		if (request.until().isBefore(request.from())) {
			problems.add(new FieldProblem("until", "The last day cannot come before the first"));
		}
		else if (request.until().isBefore(this.approvers.today())) {
			problems.add(new FieldProblem("until", "The last day has passed"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SubstituteView named = toView(this.substitutions.save(new Substitution(caller.customerId(), caller.userId(),
				substitute.id(), request.from(), request.until(), this.clock.instant())), caller);
		audit(caller, "APPROVER_SUBSTITUTE_NAMED", named);
		return named;
	}

	/** Ends one of the caller's substitutions; another's, or an unknown one, is not found. */
	public void remove(Caller caller, Long substitutionId) {
		Substitution substitution = this.substitutions.findById(substitutionId)
			.filter(found -> found.getApproverId().equals(caller.userId()))
			.orElseThrow(() -> new NotFoundException("substitute-not-found", "You have no substitute " + substitutionId));
		SubstituteView removed = toView(substitution, caller);
		this.substitutions.delete(substitution);
		audit(caller, "APPROVER_SUBSTITUTE_REMOVED", removed);
	}

	/** A substitute decides for the approver: naming one grants approval authority, so it is audited. */
	private void audit(Caller caller, String action, SubstituteView substitution) {
		this.events.publishEvent(AuditedAct.by(caller, action, caller.customerId(), "approver-substitute", substitution.id(),
				Map.of("substitute", substitution.substituteEmail(), "from", substitution.from().toString(), "until",
						substitution.until().toString())));
	}

	private SubstituteView toView(Substitution substitution, Caller caller) {
		Member approver = this.approvers.personOf(substitution.getCustomerId(), substitution.getApproverId()).orElse(null);
		Member substitute = this.approvers.personOf(substitution.getCustomerId(), substitution.getSubstituteId()).orElse(null);
		return new SubstituteView(substitution.getId(), approver == null ? "?" : approver.name(),
				substitute == null ? "?" : substitute.name(), substitute == null ? "?" : substitute.email(),
				substitution.getStartsOn(), substitution.getEndsOn(), substitution.covers(this.approvers.today()),
				substitution.getApproverId().equals(caller.userId()));
	}

}
