package io.connectdesk.workflow;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants, but none per task: with authorization on, it would look up and write a grant
 * for every assignee, owner and candidate of every user task (the queue's work is ours, not Tasklist's);
 * SREs read all tasks through their group's grant ({@link WebappGrants}).
 */
class NoPerTaskGrants extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		return null;
	}

}
