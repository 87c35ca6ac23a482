package io.connectdesk.audit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.audit.AuditLog;
import io.connectdesk.audit.AuditPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/admin/audit")
@Tag(name = "Audit log (admin)", description = "Who did what, when, to which customer's what; ADMIN only. Append-only.")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Audit entries, newest first",
			description = "Filters (all optional): action=API_TOKEN_ISSUED, actor=part of a name or e-mail, customerId, "
					+ "entityType=customer&entityId=42, from/to=days (UTC, both included).")
	AuditPage find(@Valid AuditQuery query, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.log.find(query.toFilter(), page, size);
	}

	@GetMapping("/export")
	@Operation(summary = "The matching entries as CSV (the newest 10,000), newest first; same filters")
	ResponseEntity<String> export(@Valid AuditQuery query) {
		return AuditCsv.download(this.log.export(query.toFilter()));
	}

}
