package io.connectdesk.catalog;

import java.util.Locale;

/** A text in English and in Spanish. */
public record LocalizedText(String en, String es) {

	/** The Spanish text for Spanish locales, else the English one. */
	public String in(Locale locale) {
		return locale != null && "es".equals(locale.getLanguage()) ? this.es : this.en;
	}

}
