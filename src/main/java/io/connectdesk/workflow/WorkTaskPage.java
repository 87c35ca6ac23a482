package io.connectdesk.workflow;

import java.util.List;

/** One page of a task queue and the size of the whole queue. */
public record WorkTaskPage(List<WorkTask> tasks, long total) {
}
