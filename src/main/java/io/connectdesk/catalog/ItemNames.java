package io.connectdesk.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Components and environments as pages name them, in the page's language: a component by its catalog name (or
 * {@code component.<key>} in the bundles for one outside the catalog), an environment by {@code environment.<key>};
 * each its key when there is none. Templates call
 * {@code @itemNames.component(key)} and {@code @itemNames.environment(key)}; a page looks each component up once.
 */
@Component("itemNames")
public class ItemNames {

	private static final String CACHE = ItemNames.class.getName() + ".components";

	private final ComponentNames names;

	private final MessageSource messages;

	ItemNames(ComponentNames names, MessageSource messages) {
		this.names = names;
		this.messages = messages;
	}

	public String component(String key) {
		if (key == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return namesOfThisPage().computeIfAbsent(locale.getLanguage() + ":" + key,
				ignored -> this.names.of(key, locale)
					.orElseGet(() -> this.messages.getMessage("component." + key, null, key, locale)));
	}

	public String environment(String key) {
		return key == null ? "" : this.messages.getMessage("environment." + key, null, key, LocaleContextHolder.getLocale());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> namesOfThisPage() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return new HashMap<>();
		}
		Map<String, String> names = (Map<String, String>) request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
		if (names == null) {
			names = new HashMap<>();
			request.setAttribute(CACHE, names, RequestAttributes.SCOPE_REQUEST);
		}
		return names;
	}

}
