package io.connectdesk.incident;

import org.springframework.stereotype.Component;

/** {@code Task_PageExperts}: pages every expert. */
@Component("pageIncidentExperts")
class PageIncidentExperts extends PagingStep {

	PageIncidentExperts(IncidentPaging paging) {
		super(paging, IncidentPaging.Rung.EXPERTS);
	}

}
