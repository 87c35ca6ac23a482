package io.connectdesk.workflow;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Connect Desk has no tenants: every engine row's {@code TENANT_ID_} is null, and no query here asks for a tenant.
 * The engine's indexes on that column, on the tables every ticket writes, are still an entry per row and, on H2, a
 * page rewritten at every store (docs/filing-performance.md, section 13). They are dropped after the engine's schema check, on every start (an existing database loses them at its next
 * start). Before an engine upgrade whose scripts touch them, create them again from the engine's create script.
 */
final class NoTenantIndexes {

	static final List<String> DROPPED = List.of("ACT_IDX_EXEC_TENANT_ID", "ACT_IDX_TASK_TENANT_ID",
			"ACT_IDX_HI_PRO_INST_TENANT_ID", "ACT_IDX_HI_TASK_INST_TENANT_ID", "ACT_IDX_HI_ACT_INST_TENANT_ID",
			"ACT_IDX_JOB_TENANT_ID", "ACT_IDX_EVENT_SUBSCR_TENANT_ID");

	private NoTenantIndexes() {
	}

	/** In the schema command's transaction (H2 and PostgreSQL both know {@code drop index if exists}). */
	static void drop(CommandContext context) {
		try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement()) {
			for (String index : DROPPED) {
				statement.execute("drop index if exists " + index);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop the engine's tenant indexes", ex);
		}
	}

}
