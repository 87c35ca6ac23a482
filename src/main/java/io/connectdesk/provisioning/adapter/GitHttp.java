package io.connectdesk.provisioning.adapter;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.Repository;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The served repositories: JGit's smart-HTTP servlet at {@code /git/<customer>/<name>.git}, behind
 * its own filter chain, ordered before identity's: stateless HTTP Basic with the person's e-mail
 * and Git token (GitTokenApi), no session, no CSRF (a Git client sends its credentials itself).
 * Someone signed in who is not a member of the repository is told it does not exist (404).
 */
@Configuration(proxyBeanMethods = false)
class GitHttp {

	static final String PREFIX = "/git";

	@Bean
	ServletRegistrationBean<GitServlet> gitServlet(GitRepositories repositories, GitAccess access) {
		GitServlet servlet = new GitServlet();
		servlet.setRepositoryResolver((HttpServletRequest request, String name) -> open(repositories, access, request, name));
		ServletRegistrationBean<GitServlet> registration = new ServletRegistrationBean<>(servlet, PREFIX + "/*");
		registration.setName("git");
		return registration;
	}

	@Bean
	@Order(0)
	SecurityFilterChain gitOverHttp(HttpSecurity http, GitAccess access) throws Exception {
		return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PREFIX + "/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("Connect Desk Git"))
			.authenticationManager(new ProviderManager(tokens(access)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(CsrfConfigurer::disable) // stateless: credentials are never sent by a browser on its own
			.build();
	}

	private static Repository open(GitRepositories repositories, GitAccess access, HttpServletRequest request, String name)
			throws RepositoryNotFoundException {
		String path = GitRepositories.pathOf(name).orElseThrow(() -> new RepositoryNotFoundException(name));
		if (!access.mayUse(path, request.getRemoteUser())) {
			throw new RepositoryNotFoundException(name);
		}
		return repositories.open(path).orElseThrow(() -> new RepositoryNotFoundException(name));
	}

	/** E-mail and Git token; account passwords do not work here. */
	private static AuthenticationProvider tokens(GitAccess access) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String email = authentication.getName();
				String token = String.valueOf(authentication.getCredentials());
				if (!access.authenticates(email, token)) {
					throw new BadCredentialsException("Unknown e-mail or Git token");
				}
				return UsernamePasswordAuthenticationToken.authenticated(GitAccess.normalized(email), null,
						List.of(new SimpleGrantedAuthority("GIT_USER")));
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

}
