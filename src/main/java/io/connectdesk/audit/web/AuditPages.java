package io.connectdesk.audit.web;

import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.connectdesk.audit.AuditLog;
import io.connectdesk.audit.AuditPage;
import io.connectdesk.web.PageController;

/** The audit log for admins, newest first, filtered by entity. */
@PageController
class AuditPages {

	private static final int SIZE = 50;

	private final AuditLog log;

	AuditPages(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		AuditPage entries = this.log.find(entityType, entityId, current, SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("entityType", entityType);
		model.addAttribute("entityId", entityId);
		if (current > 0) {
			model.addAttribute("previousPage", link(entityType, entityId, current - 1));
		}
		if (current + 1 < entries.totalPages()) {
			model.addAttribute("nextPage", link(entityType, entityId, current + 1));
		}
		return "audit/list";
	}

	private static String link(String entityType, String entityId, int page) {
		return UriComponentsBuilder.fromPath("/admin/audit")
			.queryParamIfPresent("entityType", Optional.ofNullable(entityType).filter(t -> !t.isBlank()))
			.queryParamIfPresent("entityId", Optional.ofNullable(entityId).filter(i -> !i.isBlank()))
			.queryParam("page", page)
			.build()
			.encode()
			.toUriString();
	}

}
