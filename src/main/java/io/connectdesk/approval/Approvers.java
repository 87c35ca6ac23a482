package io.connectdesk.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.identity.Memberships;
import io.connectdesk.identity.Memberships.Member;

/**
 * Who may decide on a customer's cost changes: its active approvers, and on the days of a
 * substitution, the approver's substitute. The approver role is read from the account, not from
 * the session, so a revoked approver stops deciding at once.
 */
@Component
class Approvers {

	private final Memberships memberships;

	private final SubstitutionRepository substitutions;

	private final Clock clock;

	Approvers(Memberships memberships, SubstitutionRepository substitutions, Clock clock) {
		this.memberships = memberships;
		this.substitutions = substitutions;
		this.clock = clock;
	}

	/** The approvers of the customer, with their active substitutes: everyone to ask, each address once. */
	List<Member> toAsk(Long customerId) {
		Map<Long, Member> people = new LinkedHashMap<>();
		List<Member> approvers = approversOf(customerId);
		approvers.forEach(approver -> people.put(approver.id(), approver));
		LocalDate today = today();
		for (Substitution substitution : this.substitutions.findByCustomerId(customerId)) {
			boolean ofAnApprover = approvers.stream().anyMatch(approver -> approver.id().equals(substitution.getApproverId()));
			if (ofAnApprover && substitution.covers(today)) {
				this.memberships.member(substitution.getSubstituteId())
					.filter(Member::active)
					.filter(member -> customerId.equals(member.customerId()))
					.ifPresent(member -> people.putIfAbsent(member.id(), member));
			}
		}
		return List.copyOf(people.values());
	}

	/**
	 * Every authority the caller can decide with today, their own first: their own if they are an
	 * approver, then that of each approver they substitute for.
	 */
	List<Authority> authoritiesOf(Caller caller, Long customerId) {
		if (caller.customerId() == null || !caller.customerId().equals(customerId)) {
			return List.of();
		}
		List<Authority> authorities = new ArrayList<>();
		List<Member> approvers = approversOf(customerId);
		approvers.stream()
			.filter(approver -> approver.id().equals(caller.userId()))
			.findFirst()
			.ifPresent(self -> authorities.add(new Authority(caller.userId(), caller.name(), self.id(), self.name())));
		LocalDate today = today();
		for (Substitution substitution : this.substitutions.findBySubstituteId(caller.userId())) {
			if (substitution.covers(today)) {
				approvers.stream()
					.filter(approver -> approver.id().equals(substitution.getApproverId()))
					.findFirst()
					.ifPresent(approver -> authorities.add(new Authority(caller.userId(), caller.name(), approver.id(), approver.name())));
			}
		}
		return authorities;
	}

	boolean isApprover(Caller caller) {
		return caller.customerId() != null
				&& approversOf(caller.customerId()).stream().anyMatch(approver -> approver.id().equals(caller.userId()));
	}

	Optional<Member> personOf(Long customerId, Long userId) {
		return this.memberships.member(userId).filter(Member::active).filter(member -> customerId.equals(member.customerId()));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private List<Member> approversOf(Long customerId) {
		return this.memberships.membersOf(customerId).stream().filter(Member::active).filter(Member::approver).toList();
	}

}
