package io.connectdesk.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One argument of a timeline line's detail, typed so that each reader gets it in their own language: a
 * number formatted for the page, an amount in MRU, a time in the viewer's zone, a key that is itself translated.
 * Stored as JSON in {@code ticket_event.detail_arguments}: never rename a {@link Type}.
 *
 * @param value the argument as text (a plain number, an instant in ISO-8601, a key, a person's words)
 * @param values the texts of a list; for {@link Type#ITEMS}, component and environment keys in turn
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LineArgument(Type type, String value, List<String> values) {

	public enum Type {

		/** Words shown as they are: a name, an address, a comment, an error. */
		TEXT,
		/** A whole number, given to the message as a number (plural forms: {@code {0,choice,…}}). */
		COUNT,
		/** An amount of MRU with two decimals. */
		MRU,
		/** A change in MRU with two decimals, signed ({@code +12.00}). */
		MRU_CHANGE,
		/** A moment, in the viewer's zone. */
		AT,
		/**
		 * A message key whose text is the argument ({@code task.REVIEW}); when no bundle has it, the text given
		 * with it, else the key itself.
		 */
		MESSAGE,
		/** Texts shown as a list; "none" when empty. */
		TEXTS,
		/** Catalog items: component and environment keys in turn, each named in the reader's language. */
		ITEMS

	}

	public LineArgument {
		values = values == null ? List.of() : List.copyOf(values);
	}

	public static LineArgument text(String text) {
		return new LineArgument(Type.TEXT, text, null);
	}

	public static LineArgument count(long count) {
		return new LineArgument(Type.COUNT, Long.toString(count), null);
	}

	public static LineArgument mru(BigDecimal amount) {
		return new LineArgument(Type.MRU, amount.toPlainString(), null);
	}

	public static LineArgument mruChange(BigDecimal amount) {
		return new LineArgument(Type.MRU_CHANGE, amount.toPlainString(), null);
	}

	public static LineArgument at(Instant at) {
		return new LineArgument(Type.AT, at.toString(), null);
	}

	public static LineArgument message(String key) {
		return new LineArgument(Type.MESSAGE, key, null);
	}

	/** A message key, and the text to show when no bundle has it (words of a model, say). */
	public static LineArgument message(String key, String otherwise) {
		return new LineArgument(Type.MESSAGE, key, List.of(otherwise));
	}

	public static LineArgument texts(List<String> texts) {
		return new LineArgument(Type.TEXTS, null, texts);
	}

	/** One catalog item: a component in an environment. */
	public static LineArgument item(String componentKey, String environmentKey) {
		return new LineArgument(Type.ITEMS, null, List.of(componentKey, environmentKey));
	}

	/** Catalog items, each a component key followed by its environment key. */
	public static LineArgument items(List<String> componentsAndEnvironments) {
		if (componentsAndEnvironments.size() % 2 != 0) {
			throw new IllegalArgumentException("Items come as component and environment pairs");
		}
		return new LineArgument(Type.ITEMS, null, new ArrayList<>(componentsAndEnvironments));
	}

}
