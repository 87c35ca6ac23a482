package io.connectdesk.queue;

import java.util.Map;

/**
 * What the queue page polls for: the count of every view (with the page's filters) and a stamp of the view
 * shown, which changes when its first page would.
 *
 * @param counts per view, counted up to {@code cap}: a count equal to the cap means "at least"
 */
public record QueueLive(Map<QueueView, Integer> counts, int cap, String stamp) {

	public QueueLive {
		counts = Map.copyOf(counts);
	}

}
