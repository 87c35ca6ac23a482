package io.connectdesk.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our API's {@code Authorization: Bearer cdp_…}: a working customer API token signs the request in as
 * its owner, for this request only (no session), on the routes its scopes allow; any other route is
 * refused (403), a token that does not work too (401). Other credentials pass untouched.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemResponses problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** Whether the request carries an API token (then it rides on no cookie and needs no CSRF token). */
	static boolean carriesToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				&& authorization.startsWith(ApiTokens.PREFIX, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<ApiTokens.TokenUse> use = this.tokens.authenticate(token);
		if (use.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "token-invalid",
					"The API token is unknown, revoked or expired, or its owner can no longer sign in.");
			return;
		}
		Optional<TokenScope> needed = ApiTokenRoutes.scopeOf(request);
		if (needed.isEmpty() || !use.get().scopes().contains(needed.get())) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "token-scope", needed
				.map(scope -> "The API token lacks the scope " + scope.code() + ".")
				.orElse("No API token may make this request: sign in."));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(use.get()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
