package io.connectdesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request body larger than the limit with 413: at once when its Content-Length says
 * so, else (a chunked body) when reading passes the limit ({@link TooLarge}, which {@code ApiErrors}
 * answers). A Content-Type that is no media type, or a wildcard, is refused with 415 (Spring MVC
 * would fail on it with an IllegalArgumentException, a 500), a multipart one without boundary with 400.
 */
final class RequestBodyGuard extends OncePerRequestFilter {

	private final long maxBytes;

	/** Multipart bodies (attachments) carry files: Spring's multipart limit bounds them, not the JSON one. */
	private final long maxMultipartBytes;

	RequestBodyGuard(DataSize max) {
		this(max, max);
	}

	RequestBodyGuard(DataSize max, DataSize multipartMax) {
		this.maxBytes = max.toBytes();
		this.maxMultipartBytes = Math.max(max.toBytes(), multipartMax.toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = isMultipart(request.getContentType()) ? this.maxMultipartBytes : this.maxBytes;
		if (request.getContentLengthLong() > limit) {
			ProblemJson.write(response, 413, ProblemJson.codeOf(413), ApiErrorDispatch.detailOf(413), request.getRequestURI());
			return;
		}
		if (!isConcrete(request.getContentType())) {
			ProblemJson.write(response, 415, ProblemJson.codeOf(415), ApiErrorDispatch.detailOf(415), request.getRequestURI());
			return;
		}
		if (isMultipartWithoutBoundary(request.getContentType())) {
			ProblemJson.write(response, 400, "malformed-request", "A multipart body needs its boundary.", request.getRequestURI());
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private static boolean isConcrete(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isMultipart(String contentType) {
		return contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10);
	}

	/** Tomcat answers such a body with a bare 500 when anything asks for its parts. */
	private static boolean isMultipartWithoutBoundary(String contentType) {
		if (contentType == null) {
			return false;
		}
		MediaType type = MediaType.parseMediaType(contentType);
		return "multipart".equalsIgnoreCase(type.getType()) && type.getParameter("boundary") == null;
	}

	/** Reading a body past the limit. */
	static final class TooLarge extends IOException {

		TooLarge(long max) {
			super("The request body is larger than " + max + " bytes");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream limited;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new CountingStream(super.getInputStream(), this.max);
			}
			return this.limited;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long max;

		private long read;

		CountingStream(ServletInputStream in, long max) {
			this.in = in;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int next = this.in.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.in.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws TooLarge {
			this.read += bytes;
			if (this.read > this.max) {
				throw new TooLarge(this.max);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
