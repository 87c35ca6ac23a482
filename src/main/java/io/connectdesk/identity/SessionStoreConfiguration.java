package io.connectdesk.identity;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts {@link SessionStore} in front of Spring Session's JDBC repository, and a filter around Spring
 * Session's own that ends each request's {@link SessionStore#endOfRequest() hand-back}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor sessionStoreInFront() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof SessionStore)
						? new SessionStore(sessions) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<Filter> sessionStoreRequestEnd() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				try {
					chain.doFilter(request, response);
				}
				finally {
					SessionStore.endOfRequest();
				}
			}
		});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
