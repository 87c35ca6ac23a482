package io.connectdesk.filing;

import org.springframework.stereotype.Service;

import io.connectdesk.billing.CostPreview;
import io.connectdesk.catalog.SizingInput;
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
