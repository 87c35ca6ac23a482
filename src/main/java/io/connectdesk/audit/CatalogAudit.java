package io.connectdesk.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.connectdesk.catalog.CatalogChanged;

/** Records every admin change to the catalog (names, activity, prices, MRU rates), in the change's transaction. */
@Component
class CatalogAudit {

	private final AuditLog log;

	CatalogAudit(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(CatalogChanged change) {
		this.log.record(change.actorId(), change.actorName(), change.entityType(), change.entityId(),
				change.action().name(), change.before(), change.after());
	}

}
