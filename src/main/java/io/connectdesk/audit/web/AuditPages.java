package io.connectdesk.audit.web;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import io.connectdesk.audit.AuditFilter;
import io.connectdesk.audit.AuditLog;
import io.connectdesk.audit.AuditPage;
import io.connectdesk.web.PageController;

/** The audit log for admins, newest first, filtered by action, actor, customer, entity and days; and as CSV. */
@PageController
class AuditPages {

	private static final int SIZE = 50;

	private final AuditLog log;

	AuditPages(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String list(@Validated @ModelAttribute("query") AuditQuery query, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		AuditPage entries = this.log.find(filterOf(query, errors), current, SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("badFields", errors.getFieldErrors().stream().map(FieldError::getField).toList());
		model.addAttribute("csv", link("/admin/audit.csv", null));
		if (current > 0) {
			model.addAttribute("previousPage", link("/admin/audit", current - 1));
		}
		if (current + 1 < entries.totalPages()) {
			model.addAttribute("nextPage", link("/admin/audit", current + 1));
		}
		return "audit/list";
	}

	@GetMapping("/admin/audit.csv")
	ResponseEntity<String> csv(@Validated @ModelAttribute("query") AuditQuery query, BindingResult errors) {
		return AuditCsv.download(this.log.export(filterOf(query, errors)));
	}

	/** A filter the page could not read (a bad day, say) is shown beside its field and left out. */
	private static AuditFilter filterOf(AuditQuery query, BindingResult errors) {
		if (!errors.hasErrors()) {
			return query.toFilter();
		}
		return new AuditQuery(valid(errors, "action", query.action()), valid(errors, "actor", query.actor()),
				valid(errors, "customerId", query.customerId()), valid(errors, "entityType", query.entityType()),
				valid(errors, "entityId", query.entityId()), valid(errors, "from", query.from()),
				valid(errors, "to", query.to())).toFilter();
	}

	private static <T> T valid(BindingResult errors, String field, T value) {
		return errors.hasFieldErrors(field) ? null : value;
	}

	/** The current address with the same filters, at another path or page. */
	private static String link(String path, Integer page) {
		ServletUriComponentsBuilder address = ServletUriComponentsBuilder.fromCurrentRequest();
		address.replacePath(path);
		if (page == null) {
			address.replaceQueryParam("page");
		}
		else {
			address.replaceQueryParam("page", page);
		}
		UriComponents built = address.build();
		return built.getPath() + (built.getQuery() == null ? "" : "?" + built.getQuery());
	}

}
