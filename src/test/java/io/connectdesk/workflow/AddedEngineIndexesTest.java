package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.journey.ApiTestSupport;

/**
 * The engine's look-up of a task's sub-tasks, before every task completion, finds them through an index. The plan is
 * H2's own answer to {@code explain}, so it fails when the index is missing or unusable.
 */
class AddedEngineIndexesTest extends ApiTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aTasksSubTasksAreFoundThroughAnIndex() {
		// Task.xml, selectTasksByParentTaskId
		assertThat(this.jdbc.queryForObject("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'", String.class))
			.contains(AddedEngineIndexes.TASK_PARENT);
	}

}
