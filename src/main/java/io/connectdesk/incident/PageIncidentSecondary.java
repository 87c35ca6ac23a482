package io.connectdesk.incident;

import org.springframework.stereotype.Component;

/** {@code Task_PageSecondary}: pages the on-call secondary. */
@Component("pageIncidentSecondary")
class PageIncidentSecondary extends PagingStep {

	PageIncidentSecondary(IncidentPaging paging) {
		super(paging, IncidentPaging.Rung.SECONDARY);
	}

}
