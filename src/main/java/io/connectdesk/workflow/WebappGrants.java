package io.connectdesk.workflow;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.connectdesk.common.Role;

/**
 * Who may do what in Cockpit and Tasklist, as Camunda grants. camunda-admin (our ADMIN) everything: Camunda
 * checks admins against grants like anyone else. SREs: open Cockpit and Tasklist, read process definitions and
 * their diagrams, instances, incidents, jobs, history, deployments, decisions, batches, tasks and the operation
 * log, and retry a failed job or external task; not deploy, modify, migrate, suspend, delete or edit variables.
 * <p>
 * Created at every start, idempotently: an existing grant only gains missing permissions, and when two nodes start
 * together, the one that loses the race on Camunda's unique (group, resource) key reads the other's grant.
 */
final class WebappGrants {

	private static final Logger log = LoggerFactory.getLogger(WebappGrants.class);

	static final String SRE = Role.SRE.name();

	static final List<Grant> SRE_GRANTS = List.of(new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
			new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
			new Grant(Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
					ProcessDefinitionPermissions.RETRY_JOB),
			new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
			new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
			new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
			new Grant(Resources.BATCH, ANY, Permissions.READ), new Grant(Resources.TASK, ANY, Permissions.READ),
			new Grant(Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ));

	static final List<Grant> ADMIN_GRANTS = Arrays.stream(Resources.values())
		.map(resource -> new Grant(resource, ANY, Permissions.ALL))
		.toList();

	private final AuthorizationService authorizations;

	WebappGrants(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void ensure() {
		ensure(Groups.CAMUNDA_ADMIN, ADMIN_GRANTS);
		ensure(SRE, SRE_GRANTS);
	}

	private void ensure(String group, List<Grant> grants) {
		for (Grant grant : grants) {
			try {
				ensure(group, grant);
			}
			catch (ProcessEngineException raced) { // another node created or updated it meanwhile
				log.debug("Grant of {} on {} {} raced with another node; reading it again", group,
						grant.resource().resourceName(), grant.resourceId(), raced);
				ensure(group, grant);
			}
		}
	}

	private void ensure(String group, Grant grant) {
		Authorization existing = this.authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(group)
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.singleResult();
		Authorization authorization = existing != null ? existing : newGrant(group, grant);
		boolean missing = existing == null;
		for (Permission permission : grant.permissions()) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				missing = true;
			}
		}
		if (missing) {
			this.authorizations.saveAuthorization(authorization);
		}
	}

	private Authorization newGrant(String group, Grant grant) {
		Authorization authorization = this.authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(grant.resource());
		authorization.setResourceId(grant.resourceId());
		return authorization;
	}

	record Grant(Resource resource, String resourceId, Permission... permissions) {
	}

}
