package io.connectdesk.incident;

import java.util.Locale;
import java.util.Optional;

/** An alert as its monitor reports it: still firing, or resolved. */
public enum AlertStatus {

	FIRING, RESOLVED;

	/** Alertmanager's and the generic format's spelling ({@code firing}, {@code resolved}). */
	public static Optional<AlertStatus> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "firing" -> Optional.of(FIRING);
			case "resolved" -> Optional.of(RESOLVED);
			default -> Optional.empty();
		};
	}

}
