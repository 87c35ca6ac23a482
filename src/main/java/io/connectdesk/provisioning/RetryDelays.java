package io.connectdesk.provisioning;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The wait before each retry of a failed item, one per retry; after the last, an incident. Written as ISO 8601
 * durations separated by commas, each possibly repeated as {@code R<n>/<duration>}: {@code R5/PT1M} is five retries
 * a minute apart, {@code PT10S, R2/PT1M, PT5M} four retries.
 */
record RetryDelays(List<Duration> delays) {

	private static final Pattern REPEATED = Pattern.compile("R(\\d{1,3})/(.+)");

	RetryDelays {
		delays = List.copyOf(delays);
	}

	static RetryDelays parse(String text) {
		List<Duration> delays = new ArrayList<>();
		for (String part : text.split(",")) {
			String delay = part.strip();
			if (delay.isEmpty()) {
				continue;
			}
			Matcher repeated = REPEATED.matcher(delay);
			int times = repeated.matches() ? Integer.parseInt(repeated.group(1)) : 1;
			Duration duration = duration(repeated.matches() ? repeated.group(2) : delay, text);
			if (times == 0 || duration.isNegative()) {
				throw new IllegalArgumentException("Retry delays '" + text + "': '" + delay + "' repeats nothing or waits less than nothing");
			}
			delays.addAll(Collections.nCopies(times, duration));
		}
		return new RetryDelays(delays);
	}

	private static Duration duration(String value, String text) {
		try {
			return Duration.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Retry delays '" + text + "': '" + value
					+ "' is not an ISO 8601 duration (PT10S, PT1M...) nor R<n>/<duration>", ex);
		}
	}

	/** Binds {@code connectdesk.provisioning.retry-delays} from its text. */
	@Component
	@ConfigurationPropertiesBinding
	static class FromText implements Converter<String, RetryDelays> {

		@Override
		public RetryDelays convert(String text) {
			return parse(text);
		}

	}

}
