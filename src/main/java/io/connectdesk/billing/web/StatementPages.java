package io.connectdesk.billing.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.connectdesk.billing.Statement;
import io.connectdesk.billing.Statements;
import io.connectdesk.billing.Statements.StatementOverview;
import io.connectdesk.common.Caller;
import io.connectdesk.web.PageController;

/**
 * The monthly statement page and its CSV: for a customer's people their own customer's
 * ({@code /billing/statement}), for admins any customer's ({@code /admin/customers/{id}/statement}).
 * {@code month} is yyyy-MM, this month when absent; a bad one answers 400 with the message beside the field.
 */
@PageController
class StatementPages {

	private static final String PAGE = "billing/statement";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Statements statements;

	private final Clock clock;

	StatementPages(Statements statements, Clock clock) {
		this.statements = statements;
		this.clock = clock;
	}

	@GetMapping("/billing/statement")
	String own(@RequestParam(required = false) String month, Caller caller, Model model, HttpServletResponse response) {
		return page(this.statements.customerOf(caller), "/billing/statement", month, caller, model, response);
	}

	@GetMapping("/admin/customers/{id}/statement")
	String ofCustomer(@PathVariable Long id, @RequestParam(required = false) String month, Caller caller, Model model,
			HttpServletResponse response) {
		return page(id, "/admin/customers/" + id + "/statement", month, caller, model, response);
	}

	@GetMapping("/billing/statement.csv")
	ResponseEntity<String> ownCsv(@RequestParam(required = false) String month, Caller caller) {
		return csv(this.statements.customerOf(caller), month, caller);
	}

	@GetMapping("/admin/customers/{id}/statement.csv")
	ResponseEntity<String> ofCustomerCsv(@PathVariable Long id, @RequestParam(required = false) String month,
			Caller caller) {
		return csv(id, month, caller);
	}

	private String page(Long customerId, String path, String month, Caller caller, Model model,
			HttpServletResponse response) {
		model.addAttribute("path", path);
		model.addAttribute("month", month == null ? YearMonth.now(this.clock).toString() : month);
		Optional<YearMonth> parsed = parse(month);
		if (parsed.isEmpty()) {
			this.statements.statement(caller, customerId, YearMonth.now(this.clock)); // not found first: 404 before 400
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("monthProblem", true);
			return PAGE;
		}
		StatementOverview overview = this.statements.overview(caller, customerId, parsed.get());
		model.addAttribute("statement", overview.statement());
		model.addAttribute("chart", BarChart.of(overview.months()));
		model.addAttribute("months", overview.months());
		model.addAttribute("previous", parsed.get().minusMonths(1));
		model.addAttribute("next", parsed.get().plusMonths(1));
		return PAGE;
	}

	private ResponseEntity<String> csv(Long customerId, String month, Caller caller) {
		Optional<YearMonth> parsed = parse(month);
		if (parsed.isEmpty()) {
			this.statements.statement(caller, customerId, YearMonth.now(this.clock));
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body("month: must be a month such as 2026-11\n");
		}
		Statement statement = this.statements.statement(caller, customerId, parsed.get());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("statement-" + parsed.get() + ".csv").build().toString())
			.body(StatementCsv.of(statement));
	}

	/** This month when absent; empty when not a month. */
	private Optional<YearMonth> parse(String month) {
		if (month == null || month.isBlank()) {
			return Optional.of(YearMonth.now(this.clock));
		}
		try {
			return Optional.of(YearMonth.parse(month.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
