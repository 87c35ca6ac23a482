package io.connectdesk.customer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.connectdesk.common.ForbiddenException;
import io.connectdesk.customer.Actor;
import io.connectdesk.common.Caller;

/**
 * Customers and contracts are for admins only: checked before the request is even read, so others
 * learn nothing from validation (403 problem+json on the API, the error page on pages).
 */
@Configuration(proxyBeanMethods = false)
class AdminOnly implements WebMvcConfigurer, HandlerInterceptor {

	static final String ROLE = "ADMIN";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/v1/admin/customers", "/api/v1/admin/customers/**", "/admin/customers",
					"/admin/customers/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!request.isUserInRole(ROLE)) {
			throw new ForbiddenException("forbidden", "Only admins manage customers and their contracts");
		}
		return true;
	}

	static Actor actor(Caller caller) {
		return new Actor(caller.userId(), caller.name());
	}

}
