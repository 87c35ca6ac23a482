package io.connectdesk.workflow;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The engine's indexes that nothing in Connect Desk reads, on the tables every ticket writes: each is an entry
 * per row written and settled again at commit and, on H2, a page rewritten at every store. They are dropped
 * after the engine's schema check, on every start (an existing database loses them at its next start). Before
 * an engine upgrade whose scripts touch them, create them again from the engine's create script.
 * <ul>
 * <li>{@link #TENANT}: Connect Desk has no tenants, every {@code TENANT_ID_} is null and no query asks for one
 * (docs/filing-performance.md, section 13).</li>
 * <li>{@link #REPORTING}: history by time range, by definition key or for statistics, the restart of
 * instances, and tasks by owner or by last update. The engine's own work (history clean-up by removal time,
 * deleting an instance's history, correlating by business key) and every query of ours (instances and steps by
 * id, tasks by id, instance, definition and candidate group, ordered by priority and creation) use other
 * indexes, which stay. A Cockpit or REST query filtering history by these columns scans instead (section 14).</li>
 * </ul>
 */
final class UnusedEngineIndexes {

	static final List<String> TENANT = List.of("ACT_IDX_EXEC_TENANT_ID", "ACT_IDX_TASK_TENANT_ID",
			"ACT_IDX_HI_PRO_INST_TENANT_ID", "ACT_IDX_HI_TASK_INST_TENANT_ID", "ACT_IDX_HI_ACT_INST_TENANT_ID",
			"ACT_IDX_JOB_TENANT_ID", "ACT_IDX_EVENT_SUBSCR_TENANT_ID");

	static final List<String> REPORTING = List.of("ACT_IDX_HI_ACT_INST_START_END", "ACT_IDX_HI_ACT_INST_END",
			"ACT_IDX_HI_ACT_INST_STATS", "ACT_IDX_HI_ACT_INST_PROC_DEF_KEY", "ACT_IDX_HI_AI_PDEFID_END_TIME",
			"ACT_IDX_HI_TASK_INST_PROC_DEF_KEY", "ACT_IDX_HI_TASKINSTID_PROCINST", "ACT_IDX_HI_TASK_INST_START",
			"ACT_IDX_HI_TASK_INST_END", "ACT_IDX_HI_PRO_INST_PROC_DEF_KEY", "ACT_IDX_HI_PRO_INST_PROC_TIME",
			"ACT_IDX_HI_PI_PDEFID_END_TIME", "ACT_IDX_HI_PRO_RST_PRO_INST_ID", "ACT_IDX_TASK_LAST_UPDATED",
			"ACT_IDX_TASK_OWNER");

	private UnusedEngineIndexes() {
	}

	/** In the schema command's transaction (H2 and PostgreSQL both know {@code drop index if exists}). */
	static void drop(CommandContext context) {
		try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
			for (String index : Stream.concat(TENANT.stream(), REPORTING.stream()).toList()) {
				statement.execute("drop index if exists " + index);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop the engine's unused indexes", ex);
		}
	}

}
