package io.connectdesk.filing;

import java.util.List;

import org.springframework.stereotype.Service;

import io.connectdesk.billing.CostPreview;
import io.connectdesk.catalog.SizingInput;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketType;

/** Previews of a filing: the same rules as filing, and nothing stored. */
@Service
public class FilingPreviews {

	private final ItemRules rules;

	private final CostPreview costs;

	FilingPreviews(ItemRules rules, CostPreview costs) {
		this.rules = rules;
		this.costs = costs;
	}

	/**
	 * What the request would do to the caller's organization's monthly cost.
	 * @throws io.connectdesk.common.InvalidInputException naming each bad field, as filing would
	 */
	public RequestPreview preview(FileTicket request, Caller caller) {
		if (caller.customerId() == null) {
			throw new ForbiddenException("not-a-customer-user", "Only users of a customer organization file tickets");
		}
		CheckedRequest checked = this.rules.check(request, caller.customerId());
		return new RequestPreview(checked.items(), this.costs.preview(caller.customerId(), checked.change()),
				checked.sizing());
	}

	/**
	 * The catalog's problems with a request's items alone, so a form can show them with its other problems in one
	 * pass; none when the request has no type yet or the caller files for no customer.
	 */
	public List<FieldProblem> itemProblems(FileTicket request, Caller caller) {
		if (request.type() == null || caller.customerId() == null) {
			return List.of();
		}
		try {
			this.rules.check(request, caller.customerId());
			return List.of();
		}
		catch (InvalidInputException invalid) {
			return invalid.fields();
		}
	}

	/** A service activation's bill and estimate; with the cost to the caller's organization for its users. */
	public RequestPreview sizing(SizingInput sizing, Caller caller) {
		FileTicket request = new FileTicket(TicketType.SERVICE_ACTIVATION, "sizing", "sizing", null, null, null, sizing,
				null, false);
		CheckedRequest checked = this.rules.check(request, caller.customerId());
		return new RequestPreview(checked.items(),
				caller.customerId() == null ? null : this.costs.preview(caller.customerId(), checked.change()),
				checked.sizing());
	}

}
