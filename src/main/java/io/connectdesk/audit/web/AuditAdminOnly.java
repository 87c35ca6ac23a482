package io.connectdesk.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.connectdesk.common.ForbiddenException;

/** The audit log is for admins only, API and page alike. */
@Configuration(proxyBeanMethods = false)
class AuditAdminOnly implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/admin/audit", "/api/v1/admin/audit/**", "/admin/audit",
				"/admin/audit/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!request.isUserInRole("ADMIN")) {
			throw new ForbiddenException("forbidden", "Only admins read the audit log");
		}
		return true;
	}

}
