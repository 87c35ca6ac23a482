package io.connectdesk.workflow;

import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Indexes that the engine's own queries need on tables that grow with every open ticket, and that its create
 * scripts (H2 and PostgreSQL alike) do not make. Made after the engine's schema check on every start, beside the
 * dropped ones ({@link UnusedEngineIndexes}).
 * <ul>
 * <li>{@link #TASK_PARENT}: completing or deleting a task first looks for its sub-tasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}). Without the index an SRE's accept, an approval,
 * a resolution each read every open task (docs/filing-performance.md, section 19).</li>
 * </ul>
 */
final class AddedEngineIndexes {

	static final String TASK_PARENT = "CD_IDX_TASK_PARENT";

	private AddedEngineIndexes() {
	}

	/** In the schema command's transaction. */
	static void create(CommandContext context) {
		try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
			statement.execute("create index if not exists " + TASK_PARENT + " on ACT_RU_TASK(PARENT_TASK_ID_)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the engine's missing indexes", ex);
		}
	}

}
