package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.journey.ApiTestSupport;

/** The engine's unused indexes on the tables every ticket writes are gone after start; those in use stay. */
class UnusedEngineIndexesTest extends ApiTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theUnusedIndexesAreDroppedAndThoseInUseKept() {
		assertThat(UnusedEngineIndexes.TENANT).allSatisfy(index -> assertThat(indexed(index)).as(index).isFalse());
		assertThat(UnusedEngineIndexes.REPORTING).allSatisfy(index -> assertThat(indexed(index)).as(index).isFalse());
		assertThat(List.of("ACT_IDX_EXEC_BUSKEY", "ACT_IDX_TASK_ASSIGNEE", "ACT_IDX_TASK_CREATE", "ACT_IDX_PROCDEF_TENANT_ID",
				"ACT_IDX_HI_ACT_INST_PROCINST", "ACT_IDX_HI_ACT_INST_COMP", "ACT_IDX_HI_ACT_INST_RM_TIME",
				"ACT_IDX_HI_TASKINST_PROCINST", "ACT_IDX_HI_PRO_INST_END", "ACT_IDX_HI_PRO_INST_ROOT_PI"))
			.allSatisfy(index -> assertThat(indexed(index)).as(index).isTrue());
	}

	private boolean indexed(String name) {
		return this.jdbc.queryForObject("select count(*) from information_schema.indexes where upper(index_name) = ?",
				Integer.class, name) > 0;
	}

}
