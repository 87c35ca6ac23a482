package io.connectdesk.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

import io.connectdesk.cluster.ClusterLock;

/**
 * Nodes started together on an empty database would each find no engine tables and each create them
 * ({@code camunda.bpm.database.schema-update: true}): all but one would fail. The engine's schema
 * check and creation run under a cluster lock instead, in the transaction that creates the tables,
 * so the next node finds them made. Our Flyway migrations run first (EngineConfiguration), and they
 * create the lock's table; an existing database is only checked, as before. The engine indexes we never read go
 * in the same command ({@link UnusedEngineIndexes}), and those its queries need are made ({@link AddedEngineIndexes}).
 */
@Component
class SchemaCreatedOnce extends AbstractProcessEnginePlugin {

	static final String LOCK = "engine-schema";

	private final ClusterLock cluster;

	SchemaCreatedOnce(ClusterLock cluster) {
		this.cluster = cluster;
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		Command<Void> schema = configuration.getSchemaOperationsCommand();
		configuration.setSchemaOperationsCommand(context -> this.cluster.exclusively(LOCK, () -> {
			schema.execute(context);
			UnusedEngineIndexes.drop(context);
			AddedEngineIndexes.create(context);
			return null;
		}));
	}

}
