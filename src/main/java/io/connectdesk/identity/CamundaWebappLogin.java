package io.connectdesk.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
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
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(Map.of("authentication-provider", SpringSecurityProvider.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(101); // after Spring Security's filter chain
		return registration;
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
