package io.connectdesk.audit;

import java.util.List;

/** One page of audit entries, newest first, and where it stands in the whole. */
public record AuditPage(List<AuditEntryView> content, int page, int size, long totalElements, int totalPages) {
}
