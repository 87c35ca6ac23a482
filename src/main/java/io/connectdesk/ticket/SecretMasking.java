package io.connectdesk.ticket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Takes secrets out of a ticket's text before it is stored: private key blocks, cloud access keys and
 * tokens, and the value of a password-looking assignment ({@code password: ...}, {@code api_key=...})
 * are kept encrypted through {@link ConversationSecrets} and replaced by a reference,
 * {@code [secret:<kind>:<id>]}, which is all that pages, the API, mails and search ever see.
 */
@Component
class SecretMasking {

	/** A reference left in the text: its kind and the secret's id. */
	static final Pattern REFERENCE = Pattern.compile("\\[secret:([a-z-]+):(sec-[0-9a-f-]{36})\\]");

	/** What is replaced whole, in this order (a key block first: it may contain anything). */
	private static final Map<String, Pattern> WHOLE = new LinkedHashMap<>();

	static {
		WHOLE.put("private-key", Pattern.compile(
				"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK|)-----.*?-----END \\1PRIVATE KEY\\2-----", Pattern.DOTALL));
		WHOLE.put("aws-access-key", Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|AIPA)[0-9A-Z]{16}\\b"));
		WHOLE.put("google-api-key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])"));
		WHOLE.put("github-token", Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b"));
		WHOLE.put("slack-token", Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"));
	}

	/** A password-looking assignment: a secret-sounding name, {@code :} or {@code =}, and a value (group 2). */
	private static final Pattern ASSIGNMENT = Pattern.compile("(?i)(?<!\\[)\\b([a-z0-9_.-]*(?:password|passwd|pwd|passphrase|secret|"
			+ "token|api[_-]?key|access[_-]?key|accountkey)[a-z0-9_]*)[\"']?\\s*[:=]\\s*(\"[^\"\\n]{4,500}\"|'[^'\\n]{4,500}'|[^\\s\"',;]{4,500})");

	private final ConversationSecrets secrets;

	SecretMasking(ConversationSecrets secrets) {
		this.secrets = secrets;
	}

	/** The text with each secret in it replaced by a reference to its encrypted copy. */
	String masked(Long customerId, String text) {
		if (text == null) {
			return null;
		}
		String masked = text;
		for (Map.Entry<String, Pattern> kind : WHOLE.entrySet()) {
			masked = replace(masked, kind.getValue(), 0, kind.getKey(), customerId);
		}
		return replace(masked, ASSIGNMENT, 2, "password", customerId);
	}

	/**
	 * The text cut to at most {@code length} characters, never inside a reference: a reference that does not
	 * fit is left out whole (its secret stays in the store, and the text never had it in clear).
	 */
	static String cut(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int end = length;
		for (int[] span : spans(text)) {
			if (span[0] < length && span[1] > length) {
				end = span[0];
			}
		}
		return text.substring(0, end).strip();
	}

	/** The references in a text, in order. */
	static List<SecretReference> references(String text) {
		List<SecretReference> found = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(text == null ? "" : text);
		while (matcher.find()) {
			found.add(new SecretReference(matcher.group(1), matcher.group(2)));
		}
		return found;
	}

	private String replace(String text, Pattern pattern, int group, String kind, Long customerId) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		int from = 0;
		List<int[]> references = spans(text);
		while (matcher.find()) {
			String value = matcher.group(group);
			if (value.startsWith("[secret:") || inside(references, matcher.start())) {
				continue;
			}
			String reference = "[secret:" + kind + ":" + this.secrets.keep(customerId, kind, unquoted(value)) + "]";
			out.append(text, from, matcher.start(group)).append(reference);
			from = matcher.end(group);
		}
		return out.append(text, from, text.length()).toString();
	}

	private static List<int[]> spans(String text) {
		List<int[]> spans = new ArrayList<>();
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			spans.add(new int[] { matcher.start(), matcher.end() });
		}
		return spans;
	}

	private static boolean inside(List<int[]> spans, int index) {
		return spans.stream().anyMatch(span -> index >= span[0] && index < span[1]);
	}

	private static String unquoted(String value) {
		boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
		return quoted ? value.substring(1, value.length() - 1) : value;
	}

}
