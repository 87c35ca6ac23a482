package io.connectdesk.ratelimit;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sign-in attempts are counted just before Spring Security (a refused one never reaches the
 * password check), API and Git requests just after it (when the account is known).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitFilters {

	@Bean
	FilterRegistrationBean<SignInAttemptFilter> signInAttemptLimit(RateCounters counters, RateLimitSettings settings,
			ObjectMapper objectMapper) {
		FilterRegistrationBean<SignInAttemptFilter> registration = new FilterRegistrationBean<>(
				new SignInAttemptFilter(counters, settings, new TooManyRequests(objectMapper)));
		registration.addUrlPatterns("/login");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestLimitFilter> requestLimit(RateCounters counters, RateLimitSettings settings,
			ObjectMapper objectMapper) {
		FilterRegistrationBean<RequestLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestLimitFilter(counters, settings, new TooManyRequests(objectMapper)));
		registration.addUrlPatterns("/api/*", "/git/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
