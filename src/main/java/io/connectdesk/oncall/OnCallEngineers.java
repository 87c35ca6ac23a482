package io.connectdesk.oncall;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.Role;
import io.connectdesk.identity.Accounts;

/** Turns e-mails into the ids of the SREs who may be on call; anyone else is a bad field. */
@Component
class OnCallEngineers {

	private final Accounts accounts;

	OnCallEngineers(Accounts accounts) {
		this.accounts = accounts;
	}

	List<Long> resolve(String field, List<String> emails) {
		List<Long> ids = new ArrayList<>();
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		for (String email : emails) {
			this.accounts.findByEmail(email)
				.filter(OnCallEngineers::mayBeOnCall)
				.ifPresentOrElse(engineer -> ids.add(engineer.userId()), () -> problems
					.add(new InvalidInputException.FieldProblem(field, email + " is not an SRE of the service")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return ids;
	}

	private static boolean mayBeOnCall(Caller account) {
		return account.customerId() == null && account.has(Role.SRE);
	}

}
