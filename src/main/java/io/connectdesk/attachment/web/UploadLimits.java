package io.connectdesk.attachment.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Uploads over Spring's multipart limit: the pages answer with the message beside the file field
 * ({@link PageUploadLimit}, before Spring Security, which would otherwise miss the form's CSRF field); the API
 * answers 413 {@code payload-too-large} (the web module's request body guard).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	private static final Logger log = LoggerFactory.getLogger(UploadLimits.class);

	/** The form's other fields (a reply of 10,000 characters, the ticket's JSON) beside its files. */
	private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

	/**
	 * Says at start when Spring's multipart limits are below the desk's: files the desk would take could not
	 * arrive, and a refusal would be the bare 413 instead of the stable code that names the file.
	 */
	UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize servletFile,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize servletRequest,
			@Value("${connectdesk.attachments.max-file-size:25MB}") DataSize file,
			@Value("${connectdesk.attachments.max-ticket-size:100MB}") DataSize ticket) {
		long needed = Math.max(file.toBytes(), ticket.toBytes()) + FORM_FIELDS.toBytes();
		if (servletFile.toBytes() < file.toBytes() || servletRequest.toBytes() < needed) {
			log.warn("spring.servlet.multipart limits ({} a file, {} a request) are below the attachments' ({} a file, {} a ticket,"
					+ " plus {} for the form): keep them at least as large", servletFile, servletRequest, file, ticket, FORM_FIELDS);
		}
	}

	@Bean
	FilterRegistrationBean<PageUploadLimit> pageUploadLimit(
			@Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize max, MessageSource messages,
			LocaleResolver locales) {
		FilterRegistrationBean<PageUploadLimit> registration = new FilterRegistrationBean<>(new PageUploadLimit(max, messages, locales));
		registration.addUrlPatterns("/tickets", "/tickets/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
