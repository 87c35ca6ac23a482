package io.connectdesk.ticket;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.connectdesk.catalog.ComponentNames;

/**
 * Renders timeline details in a reader's language (docs/pages.md, "Timeline details"): the sentence's message
 * with its arguments formatted for the language (numbers, MRU amounts), times in the reader's zone, keys named
 * (tasks, service-level targets, components by their catalog name, environments). A line written before details
 * had sentences, or whose sentence no bundle knows, shows the text stored with it.
 */
@Component
public class TimelineTexts {

	static final String NONE = "timeline.none";

	static final String ITEM = "timeline.item";

	private static final String TIME_PATTERN = "yyyy-MM-dd HH:mm z";

	private final MessageSource messages;

	private final BiFunction<String, Locale, String> componentNames;

	@Autowired
	TimelineTexts(MessageSource messages, ComponentNames names) {
		this(messages, (key, locale) -> names.of(key, locale).orElse(key));
	}

	/** @param componentNames a component's name in a language, by its key */
	TimelineTexts(MessageSource messages, BiFunction<String, Locale, String> componentNames) {
		this.messages = messages;
		this.componentNames = componentNames;
	}

	/** A reader of many lines in one language and zone (it looks each component up once). */
	public Reader in(Locale locale, ZoneId zone) {
		return new Reader(locale, zone);
	}

	/** Renders details in one language and zone. */
	public final class Reader {

		private final Locale locale;

		private final ZoneId zone;

		private final Map<String, String> componentNames = new HashMap<>();

		private Reader(Locale locale, ZoneId zone) {
			this.locale = locale;
			this.zone = zone;
		}

		/** The detail in this reader's words; the stored text when it has no sentence or no bundle knows it. */
		public String text(String key, List<LineArgument> arguments, String stored) {
			if (key == null) {
				return stored;
			}
			try {
				Object[] values = arguments.stream().map(this::value).toArray();
				String text = TimelineTexts.this.messages.getMessage(key, values, null, this.locale);
				return text != null ? text : stored;
			}
			catch (RuntimeException unreadable) {
				return stored;
			}
		}

		private Object value(LineArgument argument) {
			return switch (argument.type()) {
				case TEXT -> argument.value();
				case COUNT -> Long.valueOf(argument.value());
				case MRU -> money(new BigDecimal(argument.value()));
				case MRU_CHANGE -> signed(new BigDecimal(argument.value()));
				case AT -> DateTimeFormatter.ofPattern(TIME_PATTERN, this.locale).withZone(this.zone)
					.format(Instant.parse(argument.value()));
				case MESSAGE -> message(argument.value(), argument.values().isEmpty() ? argument.value() : argument.values().get(0));
				case TEXTS -> list(argument.values());
				case ITEMS -> list(items(argument.values()));
			};
		}

		private String signed(BigDecimal amount) {
			return (amount.signum() > 0 ? "+" : "") + money(amount);
		}

		private String money(BigDecimal amount) {
			NumberFormat format = NumberFormat.getNumberInstance(this.locale);
			format.setMinimumFractionDigits(2);
			format.setMaximumFractionDigits(2);
			return format.format(amount);
		}

		private String list(List<String> texts) {
			return texts.isEmpty() ? message(NONE, "-") : String.join(", ", texts);
		}

		private List<String> items(List<String> keys) {
			List<String> items = new ArrayList<>();
			for (int i = 0; i + 1 < keys.size(); i += 2) {
				String component = this.componentNames.computeIfAbsent(keys.get(i), this::componentName);
				String environment = message("environment." + keys.get(i + 1), keys.get(i + 1));
				String item = TimelineTexts.this.messages.getMessage(ITEM, new Object[] { component, environment }, null,
						this.locale);
				items.add(item != null ? item : component + " @ " + environment);
			}
			return items;
		}

		private String componentName(String key) {
			return TimelineTexts.this.componentNames.apply(key, this.locale);
		}

		private String message(String key, String otherwise) {
			return TimelineTexts.this.messages.getMessage(key, null, otherwise, this.locale);
		}

	}

}
