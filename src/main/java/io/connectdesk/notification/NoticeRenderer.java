package io.connectdesk.notification;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.connectdesk.ticket.TicketContacts;
import io.connectdesk.ticket.TimelineKind;

/**
 * Renders a notice from {@code templates/mail/notice.txt} and the {@code notice.*} messages. Its own
 * text-mode engine: the pages' engine resolves HTML templates only, and must stay the one bean.
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

	RenderedMail render(TimelineKind kind, TicketContacts ticket, Locale locale) {
		String key = "notice." + kind.name().toLowerCase(Locale.ROOT);
		Object[] arguments = { ticket.id(), ticket.title() };
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		Context context = new Context(locale, Map.of("bodyKey", key + ".body", "ticketId", ticket.id(), "title",
				ticket.title(), "link", this.settings.linkTo(ticket.url())));
		return new RenderedMail(subject, this.engine.process(TEMPLATE, context));
	}

	/** A notice whose whole text a feature's messages give: {@code <key>.subject, .body, .link, .signature}. */
	RenderedMail renderMessage(String key, Object[] arguments, String link, Locale locale) {
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		Context context = new Context(locale, Map.of("body", this.messages.getMessage(key + ".body", arguments, locale),
				"linkLabel", this.messages.getMessage(key + ".link", arguments, locale), "link",
				this.settings.linkTo(link), "signature", this.messages.getMessage(key + ".signature", arguments, locale)));
		return new RenderedMail(subject, this.engine.process(MESSAGE_TEMPLATE, context));
	}

}
