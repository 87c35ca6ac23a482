package io.connectdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages' Content-Security-Policy: no inline styles or scripts, except inline styles on Swagger UI's pages
 * (its React components set {@code style} attributes).
 */
final class ContentSecurityPolicy implements HeaderWriter {

	private static final String HEADER = "Content-Security-Policy";

	private static final String COMMON = "default-src 'self'; img-src 'self' data:; script-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; ";

	static final String PAGES = COMMON + "style-src 'self'";

	static final String SWAGGER_UI = COMMON + "style-src 'self' 'unsafe-inline'";

	private final RequestMatcher swaggerUi = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, this.swaggerUi.matches(request) ? SWAGGER_UI : PAGES);
		}
	}

}
