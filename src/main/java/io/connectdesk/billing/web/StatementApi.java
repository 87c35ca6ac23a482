package io.connectdesk.billing.web;

import java.time.YearMonth;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.billing.LedgerEntry;
import io.connectdesk.billing.Statement;
import io.connectdesk.billing.Statements;
import io.connectdesk.common.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Statements", description = "Monthly MRU statements and the MRU ledger: a customer's people see their "
		+ "own customer's; admins any customer's")
class StatementApi {

	private final Statements statements;

	StatementApi(Statements statements) {
		this.statements = statements;
	}

	@GetMapping("/statements/{month}")
	@Operation(summary = "The caller's customer's statement of a month (yyyy-MM)",
			description = "Each component per environment with its MRU per month, the days it counted, prorated MRU and USD; "
					+ "totals rounded HALF_UP to 2 decimals. 400 validation-failed naming month for a bad month.")
	Statement statement(@PathVariable YearMonth month, Caller caller) {
		return this.statements.statement(caller, this.statements.customerOf(caller), month);
	}

	@GetMapping("/ledger")
	@Operation(summary = "Every change of the caller's customer's inventory, by day, with its MRU delta")
	List<LedgerEntry> ledger(Caller caller) {
		return this.statements.ledger(caller, this.statements.customerOf(caller));
	}

	@GetMapping("/admin/customers/{id}/statements/{month}")
	@Operation(summary = "A customer's statement of a month (ADMIN)", description = "404 customer-not-found for an unknown customer.")
	Statement statementOf(@PathVariable Long id, @PathVariable YearMonth month, Caller caller) {
		return this.statements.statement(caller, id, month);
	}

	@GetMapping("/admin/customers/{id}/ledger")
	@Operation(summary = "Every change of a customer's inventory, by day, with its MRU delta (ADMIN)")
	List<LedgerEntry> ledgerOf(@PathVariable Long id, Caller caller) {
		return this.statements.ledger(caller, id);
	}

}
