package io.connectdesk.ticket;

import java.util.List;

/**
 * What a timeline line says besides its kind: a sentence of the writing module ({@link LineMessage}) with typed
 * arguments, rendered in each reader's language; or, for people's own words (a reason, a comment), the plain text.
 *
 * @param key the sentence's message key; {@code null} for plain text
 * @param text the plain text; {@code null} for a sentence
 */
public record LineDetail(String key, List<LineArgument> arguments, String text) {

	public LineDetail {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	public static LineDetail of(LineMessage message, LineArgument... arguments) {
		return new LineDetail(message.key(), List.of(arguments), null);
	}

	/** People's own words, shown as written; {@code null} for none. */
	public static LineDetail plain(String text) {
		return text == null ? null : new LineDetail(null, List.of(), text);
	}

	boolean isSentence() {
		return this.key != null;
	}

}
