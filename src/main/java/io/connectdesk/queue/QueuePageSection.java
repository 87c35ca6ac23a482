package io.connectdesk.queue;

import java.util.Optional;

import io.connectdesk.common.Caller;
import io.connectdesk.web.PageSection;

/**
 * What another module shows on the SRE queue page, below the queue. The page asks every registered
 * section (in Spring order) and inserts the fragments they name from their own templates.
 */
public interface QueuePageSection {

	/** @return empty when the section has nothing to show the caller */
	Optional<PageSection> on(Caller caller);

}
