package io.connectdesk.identity;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.common.Role;

/**
 * Four filter chains, most specific first (after {@link MetricsScraping}'s for Prometheus): Camunda's
 * REST API (HTTP Basic, ADMIN, and the workers' WORKER service accounts on {@link WorkerEndpoints} only;
 * no session), Camunda's webapps (the portal's session, ADMIN and SRE), our API (session or HTTP
 * Basic, problem+json errors) and the pages (form login). With the {@code oidc} profile (a client
 * registration and a JWT decoder exist) the pages also sign in through the identity provider and both
 * REST APIs also take its bearer JWTs. Nothing but the sign-in page, static files, the API docs and
 * the health probe is reachable anonymously.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	/** The CSRF token travels in this cookie and comes back in {@link #CSRF_HEADER} (pages use a form field). */
	static final String CSRF_COOKIE = "CD-XSRF-TOKEN";

	static final String CSRF_HEADER = "X-CD-XSRF-TOKEN";

	/** Administration (customers, audit log, invitations): admins only, checked before anything is read. */
	static final String ADMIN_API = "/api/v1/admin/**";

	static final String ADMIN_PAGES = "/admin/**";

	/** A customer's service-level report (sla module): SREs read it too. */
	static final String SLA_REPORT_API = "/api/v1/admin/customers/*/sla-report";

	static final String[] SLA_REPORT_PAGES = { "/admin/customers/*/sla", "/admin/customers/*/sla.csv" };

	/** A customer's inventory with its provisioning results (provisioning module): SREs read it too. */
	static final String INVENTORY_API = "/api/v1/admin/customers/*/inventory";

	static final String INVENTORY_PAGES = "/admin/customers/*/inventory";

	/** Alert intake (incident module): monitors authenticate with their integration's token, checked there. */
	static final String[] ALERT_INTAKE = { "/api/v1/alerts", "/api/v1/alerts/**" };

	/** The oidc profile's bearer JWTs; a customer API token ({@code cdp_…}) is {@link ApiTokenFilter}'s. */
	private static final DefaultBearerTokenResolver JWT_BEARERS = new DefaultBearerTokenResolver();

	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
		// An account without a password (invited or signed up, not yet activated; signed in through the
		// identity provider) matches nothing. Spring Security checks the password even of a disabled account
		// (so that timing tells nothing), and would otherwise fail on the missing {id}.
		encoder.setDefaultPasswordEncoderForMatches(new NoPasswordMatches());
		return encoder;
	}

	/** Never matches: the stored value carries no encoder id, so no password was ever set. */
	private static final class NoPasswordMatches implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("passwords are encoded by the delegating encoder's default");
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return false;
		}

	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, ExternalIdentities identities)
			throws Exception {
		http.securityMatcher(path("/engine-rest/**"))
			.authorizeHttpRequests(requests -> requests.requestMatchers(WorkerEndpoints.matchers())
				.hasAnyRole(Role.ADMIN.name(), Role.WORKER.name())
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(CsrfConfigurer::disable); // stateless: credentials are never sent by a browser on its own
		if (jwtDecoder.getIfAvailable() != null) { // oidc: the workers' client-credentials tokens
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(OidcSignIn.jwtConverter(identities, true))));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
		return http.securityMatcher(path("/camunda/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(Role.ADMIN.name(), Role.SRE.name()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.csrf(CsrfConfigurer::disable) // the webapps carry their own CSRF prevention filter
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain api(HttpSecurity http, ObjectMapper objectMapper, ObjectProvider<JwtDecoder> jwtDecoder,
			ExternalIdentities identities, ApiTokens apiTokens) throws Exception {
		ProblemResponses problems = new ProblemResponses(objectMapper);
		if (jwtDecoder.getIfAvailable() != null) { // oidc: bearer JWTs from the identity provider (they need no CSRF token)
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(OidcSignIn.jwtConverter(identities, false)))
				.bearerTokenResolver(request -> ApiTokenFilter.carriesToken(request) || isAlertIntake(request) ? null : JWT_BEARERS.resolve(request))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		}
		return http.securityMatcher(path("/api/**"))
			.authorizeHttpRequests(requests -> requests.requestMatchers(alertIntake())
				.permitAll()
				.requestMatchers(paths(SLA_REPORT_API, INVENTORY_API))
				.hasAnyRole(Role.ADMIN.name(), Role.SRE.name())
				.requestMatchers(path(ADMIN_API))
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
				.csrfTokenRequestHandler(new HeaderOrFormCsrfTokenHandler())
				// A request that carries its own credentials is not riding on a browser's cookies.
				.ignoringRequestMatchers(request -> carriesBasicCredentials(request) || ApiTokenFilter.carriesToken(request)
						|| isAlertIntake(request)))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiTokenFilter(apiTokens, problems), BearerTokenAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
			ObjectProvider<AuthenticationFailureHandler> loginFailures, ExternalIdentities identities,
			SignInLanguage language) throws Exception {
		if (oidcClients.getIfAvailable() != null) { // oidc: sign in through the identity provider
			http.oauth2Login(login -> login.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(OidcSignIn.userService(identities)))
				.successHandler(new LandingAfterSignIn(language))
				.failureUrl("/login?sso-error"));
		}
		// Login throttling plugs in here: an AuthenticationFailureHandler bean takes over failed form
		// sign-ins (it should still land on /login?error), and every sign-in publishes Spring Security's
		// authentication success/failure events (form, Basic, OIDC, bearer JWT) for a listener to count.
		AuthenticationFailureHandler failures = loginFailures
			.getIfUnique(() -> new SimpleUrlAuthenticationFailureHandler("/login?error"));
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(paths("/login", "/css/**", "/js/**", "/favicon.ico", "/error")).permitAll()
				.requestMatchers(paths("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")).permitAll()
				.requestMatchers(path("/actuator/health/**")).permitAll()
				.requestMatchers(paths("/signup/**", "/invitations/**")).permitAll() // sign-up and invitation links (access module)
				.requestMatchers(path("/status/feed/**")).permitAll() // status feeds: a per-customer secret URL (incident module)
				.requestMatchers(path("/actuator/**")).hasRole(Role.ADMIN.name())
				.requestMatchers(paths(SLA_REPORT_PAGES)).hasAnyRole(Role.ADMIN.name(), Role.SRE.name())
				.requestMatchers(path(INVENTORY_PAGES)).hasAnyRole(Role.ADMIN.name(), Role.SRE.name())
				.requestMatchers(path(ADMIN_PAGES)).hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(login -> login.loginPage("/login").successHandler(new LandingAfterSignIn(language)).failureHandler(failures).permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.httpBasic(Customizer.withDefaults()) // for scripts; Prometheus scrapes through MetricsScraping
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(new HeaderOrFormCsrfTokenHandler()))
			.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
			.headers(headers -> headers.addHeaderWriter(new ContentSecurityPolicy())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/**
	 * Matches on the whole path, whatever servlet serves it: Camunda's REST API and webapps are not
	 * served by Spring MVC's dispatcher, so MVC-based matchers would let them through.
	 */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static RequestMatcher[] paths(String... patterns) {
		return Arrays.stream(patterns).map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
	}

	private static RequestMatcher[] alertIntake() {
		PathPatternRequestMatcher.Builder posts = PathPatternRequestMatcher.withDefaults();
		return Arrays.stream(ALERT_INTAKE).map(pattern -> posts.matcher(HttpMethod.POST, pattern)).toArray(RequestMatcher[]::new);
	}

	private static boolean isAlertIntake(HttpServletRequest request) {
		return Arrays.stream(alertIntake()).anyMatch(matcher -> matcher.matches(request));
	}

	private static boolean carriesBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieName(CSRF_COOKIE);
		tokens.setHeaderName(CSRF_HEADER);
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver());
	}

}
