package io.connectdesk.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * RFC 9457 problem+json written straight to a response, for answers given outside Spring MVC (filters,
 * the error dispatch, the servlet container), with the same fields and codes as {@code ApiErrors}.
 */
public final class ProblemJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProblemJson() {
	}

	/** The stable code of a bare HTTP status: its name in kebab case ({@code payload-too-large}). */
	public static String codeOf(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return known == null ? "http-" + status : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static String body(int status, String code, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		HttpStatus known = HttpStatus.resolve(status);
		problem.put("title", known == null ? "HTTP " + status : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		problem.put("code", code);
		try {
			return JSON.writeValueAsString(problem);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static void write(HttpServletResponse response, int status, String code, String detail, String instance)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(body(status, code, detail, instance));
		response.flushBuffer();
	}

	/** Whether that path (without the context path) is the API's, which answers problem+json. */
	public static boolean isApi(String path) {
		return path != null && (path.equals("/api") || path.startsWith("/api/"));
	}

}
