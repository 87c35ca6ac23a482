package io.connectdesk.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Prometheus scrapes {@code GET /actuator/prometheus} with the METRICS service credential
 * ({@link MetricsSettings}) and nothing else: not with a person's password (an ADMIN's is refused here), and that
 * credential opens nothing else. Its own authentication manager publishes no sign-in events, so a scraper with a
 * wrong password counts against nobody's sign-in throttle and locks no one out.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScraping {

	static final String PROMETHEUS = "/actuator/prometheus";

	static final String METRICS_ROLE = "METRICS";

	@Bean
	@Order(0)
	SecurityFilterChain prometheusScrapes(HttpSecurity http, MetricsSettings settings, PasswordEncoder passwords) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return http.securityMatcher(paths.matcher(PROMETHEUS))
			.authorizeHttpRequests(requests -> requests.requestMatchers(paths.matcher(HttpMethod.GET, PROMETHEUS))
				.hasRole(METRICS_ROLE)
				.anyRequest()
				.denyAll())
			.authenticationManager(new ProviderManager(scraper(settings, passwords)))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(CsrfConfigurer::disable) // stateless, read-only
			.build();
	}

	private static DaoAuthenticationProvider scraper(MetricsSettings settings, PasswordEncoder passwords) {
		InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
		if (StringUtils.hasText(settings.password())) {
			scrapers.createUser(User.withUsername(settings.username())
				.password(passwords.encode(settings.password()))
				.roles(METRICS_ROLE)
				.build());
		}
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
		provider.setPasswordEncoder(passwords);
		return provider;
	}

}
