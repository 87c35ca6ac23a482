package io.connectdesk.billing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.connectdesk.customer.EnvironmentKind;

/**
 * A resolved ticket that changes the customer's components, as the ledger takes it.
 * @param resolvedAt when it was resolved; the change counts from that day in the customer's time zone
 * @param lines what it activates or removes, one line per component per environment
 */
public record ResolvedRequest(String ticketId, Long customerId, Change change, Instant resolvedAt,
		List<Line> lines) {

	public ResolvedRequest {
		lines = List.copyOf(lines);
	}

	/** Whether the ticket adds components (activation, additional environment, service activation) or removes them. */
	public enum Change {
		ADD, REMOVE
	}

	/**
	 * One component in one environment.
	 * @param environmentKind the kind of the environment; {@code null} to take it from the customer's environments
	 * @param parameters the request's parameters; for a removal, an identifying one narrows the match
	 */
	public record Line(String componentKey, String environmentKey, EnvironmentKind environmentKind,
			Map<String, Object> parameters) {

		public Line {
			parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
		}

	}

}
