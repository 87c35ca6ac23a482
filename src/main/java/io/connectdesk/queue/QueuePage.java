package io.connectdesk.queue;

import java.util.List;

/**
 * One page of a queue view. The queue is not counted (a count of a large view costs more than its
 * first page): {@code hasNext} says whether another page follows.
 */
public record QueuePage(List<QueueItem> content, int page, int size, boolean hasNext) {
}
