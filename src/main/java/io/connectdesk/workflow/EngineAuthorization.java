package io.connectdesk.workflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's authorization checks ({@code camunda.bpm.authorization.enabled}) for the people in its webapps:
 * camunda-admin (our ADMIN) may do everything, SREs read and retry: {@link WebappGrants}. They apply only where the engine
 * knows a user, i.e. in the webapps: the application's own engine calls and Camunda's REST API (guarded by
 * Spring Security, see identity's {@code WorkerEndpoints}) run without one and are not checked.
 * <p>
 * Two adjustments: retrying a failed external task needs the right to retry a job ({@link RetryPermissionChecker}),
 * as Camunda would otherwise ask for the right to modify the whole instance; and tasks get no per-task grants
 * ({@link NoPerTaskGrants}), which would cost a few statements on every task of every ticket.
 */
@Configuration(proxyBeanMethods = false)
class EngineAuthorization {

	@Bean
	ProcessEnginePlugin engineAuthorizationRules() {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setCommandCheckers(List.of(new TenantCommandChecker(), new RetryPermissionChecker()));
				configuration.setResourceAuthorizationProvider(new NoPerTaskGrants());
			}

			@Override
			public void postProcessEngineBuild(ProcessEngine engine) {
				if (engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
					new WebappGrants(engine.getAuthorizationService()).ensure();
				}
			}

		};
	}

}
