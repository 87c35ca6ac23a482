package io.connectdesk.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;


/**
 * Renders a notice in the sender (not in the transaction that wrote it), from
 * {@code templates/mail/notice.txt} and the {@code notice.*} messages. Its own text-mode engine: the pages' engine resolves HTML templates only, and must stay the one bean.
 */
@Component
class NoticeRenderer {

	private static final String TEMPLATE = "notice";

	private static final String MESSAGE_TEMPLATE = "message";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final NoticeSettings settings;

	NoticeRenderer(MessageSource messages, NoticeSettings settings) {
		this.messages = messages;
		this.settings = settings;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
	}

	RenderedMail render(NoticeContent notice, Locale locale) {
		Object[] arguments = notice.arguments().toArray();
		return notice.messageKey() == null ? renderChange(notice, arguments, locale)
				: renderMessage(notice.messageKey(), arguments, notice.link(), locale);
	}

	/** A ticket change's notice: {@code notice.<kind>.subject} and {@code .body} with the ticket's id and title. */
	private RenderedMail renderChange(NoticeContent notice, Object[] arguments, Locale locale) {
		String key = "notice." + notice.kind().toLowerCase(Locale.ROOT);
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		Context context = new Context(locale, Map.of("bodyKey", key + ".body", "ticketId", arguments[0], "title",
				arguments[1], "link", this.settings.linkTo(notice.link())));
		return new RenderedMail(subject, this.engine.process(TEMPLATE, context));
	}

	/** A notice whose whole text a feature's messages give: {@code <key>.subject, .body, .link, .signature}. */
	private RenderedMail renderMessage(String key, Object[] arguments, String link, Locale locale) {
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		Context context = new Context(locale, Map.of("body", this.messages.getMessage(key + ".body", arguments, locale),
				"linkLabel", this.messages.getMessage(key + ".link", arguments, locale), "link",
				this.settings.linkTo(link), "signature", this.messages.getMessage(key + ".signature", arguments, locale)));
		return new RenderedMail(subject, this.engine.process(MESSAGE_TEMPLATE, context));
	}

}
