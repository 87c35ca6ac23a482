package io.connectdesk.identity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/**
 * The request is known to the thread before Spring Security runs, as in a plain Spring MVC application:
 * sign-in throttling needs its client address while a password is checked. Without this, Jersey's
 * auto-configuration (Camunda's REST API) registers the request context filter after Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class RequestContextBeforeSecurity {

	@Bean
	FilterRegistrationBean<RequestContextFilter> earlyRequestContextFilter() {
		FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(new OrderedRequestContextFilter());
		registration.setOrder(OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 105);
		return registration;
	}

}
