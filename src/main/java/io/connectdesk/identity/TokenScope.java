package io.connectdesk.identity;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.connectdesk.common.InvalidInputException;

/** What a customer API token may do; each {@code /api/v1} route a token may reach needs one (see {@code ApiTokenRoutes}). */
public enum TokenScope {

	/** Read tickets, their provisioning, the catalog and the urgent quota. */
	TICKETS_READ("tickets:read"),
	/** File tickets, reply, reopen, downgrade, and price or size a request first. */
	TICKETS_WRITE("tickets:write"),
	/** Read the inventory and download its certificates. */
	INVENTORY_READ("inventory:read"),
	/** Read statements and the ledger. */
	BILLING_READ("billing:read"),
	/** Read the service-level report. */
	SLA_READ("sla:read");

	private final String code;

	TokenScope(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	public static Optional<TokenScope> find(String code) {
		return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
	}

	@JsonCreator
	public static TokenScope of(String code) {
		return find(code).orElseThrow(() -> InvalidInputException.of("scopes", "Unknown scope " + code
				+ "; known: " + String.join(", ", Arrays.stream(values()).map(TokenScope::code).toList())));
	}

}
