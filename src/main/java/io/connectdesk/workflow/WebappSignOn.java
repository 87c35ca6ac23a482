package io.connectdesk.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.support.WebApplicationContextUtils;

import io.connectdesk.common.Caller;
import io.connectdesk.common.Role;
import io.connectdesk.common.SignedInCaller;

/**
 * Cockpit, Tasklist and Admin take the person signed in to the portal (form login or OIDC): one
 * login, no second password. Spring Security has already admitted only ADMIN and SRE to
 * {@code /camunda/**}; here ADMIN gets every webapp and SRE Cockpit and Tasklist, not Admin. Who is signed in
 * comes from identity, as a {@link SignedInCaller}: this package knows the engine, not how people sign in.
 */
@Configuration(proxyBeanMethods = false)
class WebappSignOn {

	/** Camunda's group of administrators, for the Admin webapp. */
	static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

	/** Camunda's name of its Admin webapp (users, groups, authorizations, system settings). */
	static final String APP_ADMIN = "admin";

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerBasedAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new PortalAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(101); // after Spring Security's filter chain
		return registration;
	}

	/**
	 * People live in our accounts, not in Camunda's identity tables, so Camunda sees its identity
	 * read-only: otherwise its webapps find no Camunda admin and send every admin to the first-run
	 * setup page (to create one) instead of Cockpit.
	 */
	@Bean
	ProcessEnginePlugin readOnlyCamundaIdentity() {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
			}

		};
	}

	/**
	 * Camunda's own filter builds the webapp login from Camunda's identity tables and finds no such
	 * user there (our accounts live in {@code app_user}): it would fail every request with a
	 * NullPointerException. The portal has already vouched for the person, so build it from the
	 * provider's answer instead.
	 */
	static class PortalAuthenticationFilter extends ContainerBasedAuthenticationFilter {

		@Override
		protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
				List<String> tenants) {
			Set<String> apps = new HashSet<>(Set.of(AuthenticationUtil.APP_WELCOME));
			AuthorizationService authorizations = engine.getAuthorizationService();
			for (String app : AuthenticationUtil.APPS) {
				if (allowedByRole(app, groups) && (groups.contains(CAMUNDA_ADMIN_GROUP)
						|| !engine.getProcessEngineConfiguration().isAuthorizationEnabled()
						|| authorizations.isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION, app))) {
					apps.add(app);
				}
			}
			UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
			authentication.setGroupIds(groups);
			authentication.setTenantIds(tenants == null ? List.of() : tenants);
			authentication.setAuthorizedApps(apps);
			return authentication;
		}

		/** Admins get every webapp; SREs get Cockpit and Tasklist (incidents, tasks) but not Admin. */
		static boolean allowedByRole(String app, List<String> groups) {
			return groups.contains(CAMUNDA_ADMIN_GROUP) || (groups.contains(Role.SRE.name()) && !APP_ADMIN.equals(app));
		}

	}

	/**
	 * Instantiated by Camunda's filter by class name, outside the application context: it asks the context of
	 * the request's servlet context for the {@link SignedInCaller}.
	 */
	public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Caller caller = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
				.getBean(SignedInCaller.class)
				.current()
				.orElse(null);
			if (caller == null) {
				return AuthenticationResult.unsuccessful();
			}
			AuthenticationResult result = AuthenticationResult.successful(caller.email());
			List<String> groups = new ArrayList<>(caller.roles().stream().map(Role::name).toList());
			if (caller.has(Role.ADMIN)) {
				groups.add(CAMUNDA_ADMIN_GROUP);
			}
			result.setGroups(groups);
			return result;
		}

	}

}
