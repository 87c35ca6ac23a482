package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.connectdesk.journey.ApiTestSupport;

/** The engine's tenant indexes on the tables every ticket writes are gone after start; its other indexes stay. */
class NoTenantIndexesTest extends ApiTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theTenantIndexesAreDroppedAndTheOthersKept() {
		assertThat(NoTenantIndexes.DROPPED).allSatisfy(index -> assertThat(indexed(index)).as(index).isFalse());
		assertThat(List.of("ACT_IDX_EXEC_BUSKEY", "ACT_IDX_TASK_ASSIGNEE", "ACT_IDX_PROCDEF_TENANT_ID"))
			.allSatisfy(index -> assertThat(indexed(index)).as(index).isTrue());
	}

	private boolean indexed(String name) {
		return this.jdbc.queryForObject("select count(*) from information_schema.indexes where upper(index_name) = ?",
				Integer.class, name) > 0;
	}

}
