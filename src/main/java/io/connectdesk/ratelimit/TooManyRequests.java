package io.connectdesk.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The answer over a limit: 429 problem+json, code {@value #CODE}, and {@code Retry-After} in whole seconds. */
final class TooManyRequests {

	static final String CODE = "rate-limited";

	private final ObjectMapper objectMapper;

	TooManyRequests(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	void write(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
		problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
		problem.put("detail", "Too many requests; try again in " + seconds + " s.");
		problem.put("instance", request.getRequestURI());
		problem.put("code", CODE);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
