package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.journey.ApiTestSupport;

/**
 * The engine's variable look-up by execution reads the execution's index on H2 from the start (VariableLookupPlan),
 * not the task index that {@code TASK_ID_ is null} ties with while the table is not analyzed (a whole-table read).
 */
class VariableLookupPlanTest extends ApiTestSupport {

	@Autowired
	private DataSource dataSource;

	@Test
	void anExecutionsVariablesAreReadThroughItsIndex() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement explain = connection.prepareStatement(
						"explain select * from ACT_RU_VARIABLE where EXECUTION_ID_ = ? and TASK_ID_ is null")) {
			explain.setString(1, "some-execution");
			try (ResultSet plan = explain.executeQuery()) {
				assertThat(plan.next()).isTrue();
				assertThat(plan.getString(1)).contains("ACT_FK_VAR_EXE").doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
			}
			assertThat(VariableLookupPlan.selectivity(connection)).isNotEqualTo(VariableLookupPlan.H2_DEFAULT_SELECTIVITY);
		}
	}

}
