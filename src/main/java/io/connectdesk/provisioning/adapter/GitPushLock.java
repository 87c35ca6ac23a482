package io.connectdesk.provisioning.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A push over HTTP writes to a repository on the shared volume: it takes the same cluster lock as
 * our own commits ({@link GitRepositories#exclusively}), so a push on one node and a provisioning
 * commit on another never interleave. Runs after Spring Security: only a signed-in push waits.
 */
@Configuration(proxyBeanMethods = false)
class GitPushLock {

	static final String RECEIVE_PACK = "/git-receive-pack";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> gitPushesOneAtATime(GitRepositories repositories) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Optional<String> pushedTo = pushedRepository(request);
				if (pushedTo.isEmpty()) {
					chain.doFilter(request, response);
					return;
				}
				try {
					repositories.exclusively(pushedTo.get(), () -> {
						try {
							chain.doFilter(request, response);
							return null;
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
						catch (ServletException ex) {
							throw new IllegalStateException(ex);
						}
					});
				}
				catch (UncheckedIOException ex) {
					throw ex.getCause();
				}
			}

		});
		registration.addUrlPatterns(GitHttp.PREFIX + "/*");
		registration.setOrder(0); // after Spring Security's filter chain (-100)
		return registration;
	}

	/** The repository a {@code POST /git/<customer>/<name>.git/git-receive-pack} pushes to. */
	static Optional<String> pushedRepository(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"POST".equals(request.getMethod()) || !path.startsWith(GitHttp.PREFIX + "/") || !path.endsWith(RECEIVE_PACK)) {
			return Optional.empty();
		}
		return GitRepositories.pathOf(path.substring(GitHttp.PREFIX.length(), path.length() - RECEIVE_PACK.length()));
	}

}
