package io.connectdesk.attachment.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import io.connectdesk.web.PageFeedback;

/**
 * A page's upload larger than Spring's multipart limit ({@code spring.servlet.multipart.max-request-size}) cannot
 * be read at all: not even its CSRF field, so Spring Security would answer with an error page. Before that, this
 * filter sends the person back to the form with the message beside the file field, and nothing is stored. It
 * reads (and drops) a body up to a few times the limit first, because a browser that is still sending when the
 * server closes the connection shows a connection error instead of the answer.
 */
final class PageUploadLimit extends OncePerRequestFilter {

	/** The forms that take files: a ticket's files section, and the new-ticket form. */
	private static final Pattern TICKET_FILES = Pattern.compile("/tickets/([A-Za-z0-9-]+)/attachments");

	private static final String NEW_TICKET = "/tickets";

	private static final int DRAINED_LIMITS = 4;

	private final long maxBytes;

	private final DataSize max;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	PageUploadLimit(DataSize max, MessageSource messages, LocaleResolver locales) {
		this.max = max;
		this.maxBytes = max.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null || !type.regionMatches(true, 0, "multipart/", 0, 10)
				|| request.getContentLengthLong() <= this.maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher ticketFiles = TICKET_FILES.matcher(path);
		String problem = this.messages.getMessage("attachment.request-too-large", new Object[] { readable(this.max) },
				this.locales.resolveLocale(request));
		FlashMap flash = new FlashMap();
		String target;
		if (ticketFiles.matches()) {
			target = "/tickets/" + ticketFiles.group(1);
			flash.put(PageFeedback.FIELD_PROBLEMS, Map.of(AttachmentPages.FORM + ".files", problem));
		}
		else if (path.equals(NEW_TICKET)) {
			target = "/tickets/new";
			flash.put("filesProblem", problem);
		}
		else {
			chain.doFilter(request, response);
			return;
		}
		drain(request);
		flash.setTargetRequestPath(request.getContextPath() + target);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getContextPath() + target);
	}

	/** 100 MB, 256 KB: as people write sizes. */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		return bytes >= 1024 && bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " B";
	}

	private void drain(HttpServletRequest request) throws IOException {
		long left = Math.min(request.getContentLengthLong(), DRAINED_LIMITS * this.maxBytes);
		byte[] buffer = new byte[64 * 1024];
		InputStream in = request.getInputStream();
		int read = 0;
		while (left > 0 && read >= 0) {
			read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			left -= Math.max(read, 0);
		}
	}

}
