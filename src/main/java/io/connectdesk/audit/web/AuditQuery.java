package io.connectdesk.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import io.connectdesk.audit.AuditFilter;

/**
 * The audit filters of the page and the API, as request parameters; {@code from} and {@code to} are
 * days (UTC), both included.
 */
record AuditQuery(@Size(max = 40) String action, @Size(max = 200) String actor, @Min(1) Long customerId,
		@Size(max = 40) String entityType, @Size(max = 100) String entityId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	AuditFilter toFilter() {
		return new AuditFilter(this.action, this.actor, this.customerId, this.entityType, this.entityId,
				this.from == null ? null : this.from.atStartOfDay(ZoneOffset.UTC).toInstant(),
				this.to == null ? null : this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}
