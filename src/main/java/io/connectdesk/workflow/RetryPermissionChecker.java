package io.connectdesk.workflow;

import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's checks, except that setting a failed external task's retries takes what setting a failed job's
 * retries takes (RETRY_JOB, or the update rights that include it) instead of the right to update the whole
 * process instance, which would also let an SRE modify it and edit its variables.
 */
class RetryPermissionChecker extends AuthorizationCommandChecker {

	@Override
	public void checkUpdateProcessInstanceById(String processInstanceId) {
		if (!isExternalTaskRetry()) {
			super.checkUpdateProcessInstanceById(processInstanceId);
			return;
		}
		ExecutionEntity instance = findExecutionById(processInstanceId);
		if (instance == null) {
			return;
		}
		String definitionKey = instance.getProcessDefinition().getKey();
		CompositePermissionCheck retry = new PermissionCheckBuilder().disjunctive()
			.atomicCheckForResourceId(PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.RETRY_JOB)
			.atomicCheckForResourceId(PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.RETRY_JOB)
			.atomicCheckForResourceId(PROCESS_INSTANCE, processInstanceId, UPDATE)
			.atomicCheckForResourceId(PROCESS_DEFINITION, definitionKey, UPDATE_INSTANCE)
			.build();
		getAuthorizationManager().checkAuthorization(retry);
	}

	private static boolean isExternalTaskRetry() {
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		return invocation != null && invocation.getCommand() instanceof SetExternalTaskRetriesCmd;
	}

}
