package io.connectdesk.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On H2 (the default database), the engine reads an execution's variables with
 * {@code where EXECUTION_ID_ = ? and TASK_ID_ is null}, for every expression it evaluates (a delegate expression
 * looks for a variable of its name first) and every variable a delegate reads. Until H2 first analyzes
 * {@code ACT_RU_VARIABLE}, every column has its default selectivity (50), the two indexes tie, and H2 takes
 * {@code ACT_IDX_VARIABLE_TASK_ID}, created first: {@code TASK_ID_ is null} is true of nearly every row, so each
 * look-up reads the whole table, a cost that grows with every running process (docs/provisioning-performance.md:
 * half of the provisioning bench's job executor time). H2's automatic analysis can come late (after 2,000, then
 * 4,000, 8,000… changes, and a commit may skip it), and a plan made before it stays cached. So, once the engine's
 * schema exists, a never-analyzed {@code TASK_ID_} is given the selectivity an analysis finds (1: nearly all
 * null), and the execution's index wins from the first look-up. PostgreSQL keeps its own statistics: nothing is
 * done there.
 */
@Component
class VariableLookupPlan extends AbstractProcessEnginePlugin {

	/** H2's selectivity of a column no analysis has measured. */
	static final int H2_DEFAULT_SELECTIVITY = 50;

	private static final Logger log = LoggerFactory.getLogger(VariableLookupPlan.class);

	private DataSource dataSource;

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		this.dataSource = configuration.getDataSource();
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
				return;
			}
			if (selectivity(connection) == H2_DEFAULT_SELECTIVITY) {
				try (Statement alter = connection.createStatement()) {
					alter.execute("alter table ACT_RU_VARIABLE alter column TASK_ID_ selectivity 1");
				}
				log.info("ACT_RU_VARIABLE.TASK_ID_ given selectivity 1 (not analyzed yet): variable look-ups use the execution's index");
			}
		}
		catch (SQLException failed) {
			// only a plan is at stake: the engine works as before
			log.warn("Could not set the selectivity of ACT_RU_VARIABLE.TASK_ID_: {}", failed.getMessage());
		}
	}

	/** {@code TASK_ID_}'s selectivity as H2 knows it; -1 when the table is not there. */
	static int selectivity(Connection connection) throws SQLException {
		try (Statement query = connection.createStatement();
				ResultSet row = query.executeQuery("select SELECTIVITY from INFORMATION_SCHEMA.COLUMNS "
						+ "where TABLE_NAME = 'ACT_RU_VARIABLE' and COLUMN_NAME = 'TASK_ID_'")) {
			return row.next() ? row.getInt(1) : -1;
		}
	}

}
