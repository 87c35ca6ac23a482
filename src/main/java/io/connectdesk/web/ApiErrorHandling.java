package io.connectdesk.web;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.filters.FailedRequestFilter;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Bad input below Spring MVC still gets problem+json under {@code /api/**}: bodies over the limit
 * (413), query strings Tomcat could not decode (400, else it drops the parameter silently), the error
 * dispatch ({@link ApiErrorDispatch}) and Tomcat's own error report ({@link ApiErrorValve}).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorHandling {

	@Bean
	FilterRegistrationBean<RequestBodyGuard> requestBodyGuard(@Value("${connectdesk.api.max-body-size:1MB}") DataSize max,
			@Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize multipartMax) {
		FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(new RequestBodyGuard(max, multipartMax));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FailedRequestFilter> undecodableParameters() {
		FilterRegistrationBean<FailedRequestFilter> registration = new FilterRegistrationBean<>(new FailedRequestFilter());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 9);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiErrorDispatch> apiErrorDispatch() {
		FilterRegistrationBean<ApiErrorDispatch> registration = new FilterRegistrationBean<>(new ApiErrorDispatch());
		registration.setDispatcherTypes(DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Runs after Spring Boot's customizer, replacing the error report valve it adds to the host. */
	@Bean
	ErrorValveCustomizer apiErrorValve() {
		return new ErrorValveCustomizer();
	}

	static final class ErrorValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> replaceErrorReportValve(context.getParent()));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	private static void replaceErrorReportValve(Container host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(new ApiErrorValve());
		if (host instanceof StandardHost standard) {
			standard.setErrorReportValveClass(ApiErrorValve.class.getName());
		}
	}

}
