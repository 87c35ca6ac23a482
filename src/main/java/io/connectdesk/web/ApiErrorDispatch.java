package io.connectdesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error dispatch of an API request (the servlet container's {@code sendError}: Spring Security's
 * firewall, Spring MVC's own refusals such as 404, 405, 406, 415) answers problem+json with a code,
 * where Spring Boot's error controller would answer its own JSON or an HTML page.
 */
final class ApiErrorDispatch extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorDispatch.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String original = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = original == null ? null : original.substring(Math.min(original.length(), request.getContextPath().length()));
		if (!ProblemJson.isApi(path) || response.isCommitted()) {
			chain.doFilter(request, response);
			return;
		}
		int status = response.getStatus() >= 400 ? response.getStatus() : statusOf(request);
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof RequestRejectedException) {
			ProblemJson.write(response, 400, "request-rejected", "The request's address or parameters are not allowed.", original);
		}
		else if (failure instanceof HttpMessageNotReadableException) { // a form body Spring's FormContentFilter could not decode
			ProblemJson.write(response, 400, "malformed-request", "The request body cannot be read.", original);
		}
		else {
			if (status >= 500) {
				log.warn("API request {} failed with {}: {} ({})", original, status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE), failure,
						failure instanceof Throwable cause ? cause : null);
			}
			ProblemJson.write(response, status, ProblemJson.codeOf(status), detailOf(status), original);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static int statusOf(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 500;
	}

	static String detailOf(int status) {
		return switch (status) {
			case 400 -> "The request is malformed.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not take that method.";
			case 406 -> "The answer cannot take any of the media types the request accepts.";
			case 413 -> "The request body is too large.";
			case 415 -> "This address does not take a body of that content type.";
			default -> status >= 500 ? "Something went wrong on our side; nothing was changed." : "The request was refused.";
		};
	}

}
