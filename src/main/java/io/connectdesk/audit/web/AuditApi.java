package io.connectdesk.audit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

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
@Tag(name = "Audit log (admin)", description = "Who changed what and when, with before and after; ADMIN only")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "Audit entries, newest first", description = "entityType=customer&entityId=42 gives one customer's history.")
	AuditPage find(@RequestParam(required = false) @Size(max = 40) String entityType,
			@RequestParam(required = false) @Size(max = 100) String entityId,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.log.find(entityType, entityId, page, size);
	}

}
