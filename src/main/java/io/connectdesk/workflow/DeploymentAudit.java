package io.connectdesk.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.connectdesk.common.AuditedAct;

/**
 * Every new engine deployment is audited, however it came (the REST API, the webapps, the
 * application's start-up): an interceptor around the engine's deploy command publishes who deployed
 * what, in the deployment's transaction. A redeployment that duplicate filtering turned into the
 * existing deployment is no new deployment and is not recorded.
 */
@Component
class DeploymentAudit implements ProcessEnginePlugin {

	static final String ENGINE_DEPLOYED = "ENGINE_DEPLOYED";

	private final ApplicationEventPublisher events;

	DeploymentAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		interceptors.add(new DeploymentInterceptor());
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
	}

	private void deployed(DeploymentWithDefinitions deployment) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", String.valueOf(deployment.getName()));
		details.put("source", String.valueOf(deployment.getSource()));
		details.put("processDefinitions", deployment.getDeployedProcessDefinitions() == null ? List.of()
				: deployment.getDeployedProcessDefinitions()
					.stream()
					.sorted(Comparator.comparing(ProcessDefinition::getKey))
					.map(definition -> definition.getKey() + ":" + definition.getVersion())
					.toList());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication == null || !authentication.isAuthenticated() ? AuditedAct.SYSTEM : authentication.getName();
		this.events.publishEvent(new AuditedAct(null, actor, ENGINE_DEPLOYED, null, "engine-deployment", deployment.getId(), details));
	}

	/** Inside the command context and its transaction, after the deploy command ran. */
	private final class DeploymentInterceptor extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			Instant started = ClockUtil.getCurrentTime().toInstant();
			T result = this.next.execute(command);
			if (command instanceof DeployCmd && result instanceof DeploymentWithDefinitions deployment
					&& deployment.getDeploymentTime() != null && !deployment.getDeploymentTime().toInstant().isBefore(started)) {
				deployed(deployment);
			}
			return result;
		}

	}

}
