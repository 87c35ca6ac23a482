package io.connectdesk.incident;

import org.springframework.stereotype.Component;

/** {@code Task_PagePrimary}: pages the on-call primary (the experts when nobody is on call). */
@Component("pageIncidentPrimary")
class PageIncidentPrimary extends PagingStep {

	PageIncidentPrimary(IncidentPaging paging) {
		super(paging, IncidentPaging.Rung.PRIMARY);
	}

}
