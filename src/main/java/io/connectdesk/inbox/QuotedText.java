package io.connectdesk.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person wrote in a reply, without what their mail program added: the quoted history
 * (Gmail's and Thunderbird's "On ... wrote:", Outlook's header block or "Original Message" line,
 * {@code >} quoting) and the signature after the {@code "-- "} line. What follows the first such mark
 * is history; {@code >} lines are left out wherever they are.
 */
final class QuotedText {

	/** "On Mon, 6 Dec 2026 at 10:00, Rosa <rosa@x> wrote:", the Spanish "El ... escribió:", German "Am ... schrieb ...:". */
	private static final Pattern ATTRIBUTION = Pattern.compile("^(On|El|Le|Am)\\s.*(wrote|escribi\u00f3|a \u00e9crit|schrieb.*):\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** An attribution a mail program wrapped onto two lines. */
	private static final Pattern ATTRIBUTION_START = Pattern.compile("^(On|El|Le|Am)\\s.*\\d.*", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTION_END = Pattern.compile("^.*(wrote|escribi\u00f3|a \u00e9crit|schrieb)\\s*:\\s*$",
			Pattern.CASE_INSENSITIVE);

	/** Outlook: "-----Original Message-----", its underscore rule, or a "From:" header line followed by "Sent:"/"Date:". */
	private static final Pattern OUTLOOK_RULE = Pattern.compile("^\\s*(-{2,}\\s*(Original Message|Mensaje original|Urspr\u00fcngliche Nachricht)\\s*-{2,}|_{20,})\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|De|Von):\\*?\\s.+", Pattern.CASE_INSENSITIVE);

	private static final Pattern HEADER_NEXT = Pattern.compile("^\\*?(Sent|Date|Enviado|Fecha|Gesendet|To|Para|An):\\*?\\s.*",
			Pattern.CASE_INSENSITIVE);

	private QuotedText() {
	}

	static String stripped(String text) {
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<String> kept = new ArrayList<>();
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index];
			String next = index + 1 < lines.length ? lines[index + 1] : "";
			if (startsHistory(line, next)) {
				break;
			}
			if (!line.stripLeading().startsWith(">")) {
				kept.add(line);
			}
		}
		return String.join("\n", kept).strip();
	}

	private static boolean startsHistory(String line, String next) {
		String trimmed = line.strip();
		return line.equals("-- ") || trimmed.equals("--") || ATTRIBUTION.matcher(trimmed).matches()
				|| (ATTRIBUTION_START.matcher(trimmed).matches() && ATTRIBUTION_END.matcher(next.strip()).matches())
				|| OUTLOOK_RULE.matcher(line).matches()
				|| (HEADER_FROM.matcher(trimmed).matches() && HEADER_NEXT.matcher(next.strip()).matches());
	}

}
