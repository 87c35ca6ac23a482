package io.connectdesk.queue;

import java.util.Optional;

import io.connectdesk.common.Caller;
import io.connectdesk.web.PageSection;

/**
 * What another module shows on the SRE queue page. The page asks every registered section (in Spring
 * order) and inserts the fragments they name from their own templates at their {@link #place()}.
 */
public interface QueuePageSection {

	/** @return empty when the section has nothing to show the caller */
	Optional<PageSection> on(Caller caller);

	/** Where on the page the section goes; below the queue unless it says otherwise. */
	default Place place() {
		return Place.BELOW_QUEUE;
	}

	/** The places on the queue page that take other modules' sections. */
	enum Place {

		/** Below the queue and its pager. */
		BELOW_QUEUE,
		/**
		 * A column of the queue, before the row's actions: the section's data is the message key of the
		 * column's heading; its fragment is inserted once per row and reads the row ({@link QueueItem}) from
		 * the variable {@code row}.
		 */
		COLUMN

	}

}
