package io.connectdesk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit, Tasklist and Admin take the person signed in to the portal: one login, no second
 * password. Spring Security has already admitted only ADMIN to {@code /camunda/**}.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappLogin {

	/** Camunda's group of administrators, for the Admin webapp. */
	static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

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
	 * Builds the webapps' authentication from our principal. Camunda's own filter would look the
	 * user up in the engine's identity tables, where our users are not: they live in ours.
	 */
	static class PortalAuthenticationFilter extends ContainerBasedAuthenticationFilter {

		private static final Set<String> ALL_APPS = Set.of("cockpit", "tasklist", "admin", "welcome");

		private static final Set<String> OPERATOR_APPS = Set.of("cockpit", "tasklist", "welcome");

		@Override
		protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
				List<String> tenants) {
			UserAuthentication authentication = new UserAuthentication(username, engine.getName());
			authentication.setGroupIds(groups);
			authentication.setTenantIds(tenants == null ? List.of() : tenants);
			authentication.setAuthorizedApps(groups.contains(CAMUNDA_ADMIN_GROUP) ? ALL_APPS : OPERATOR_APPS);
			return authentication;
		}

	}

	/** Instantiated by Camunda's filter by class name. */
	public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof AccountDetails details)) {
				return AuthenticationResult.unsuccessful();
			}
			AuthenticationResult result = AuthenticationResult.successful(details.getUsername());
			List<String> groups = new ArrayList<>(details.caller().roles().stream().map(Role::name).toList());
			if (details.caller().has(Role.ADMIN)) {
				groups.add(CAMUNDA_ADMIN_GROUP);
			}
			result.setGroups(groups);
			return result;
		}

	}

}
