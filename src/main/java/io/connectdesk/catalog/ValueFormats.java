package io.connectdesk.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** The textual formats of parameter values: e-mail, DNS name, IPv4 address and network, https URL. */
final class ValueFormats {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private static final Pattern OCTET = Pattern.compile("25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d");

	private ValueFormats() {
	}

	static boolean isEmail(String text) {
		return text.length() <= 254 && EMAIL.matcher(text).matches();
	}

	/** Two or more labels, a letter-led last one; a leading {@code *.} wildcard is allowed. */
	static boolean isDnsName(String text) {
		String name = text.startsWith("*.") ? text.substring(2) : text;
		String[] labels = name.split("\\.", -1);
		if (name.length() > 253 || labels.length < 2 || !Character.isLetter(labels[labels.length - 1].charAt(0))) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	static boolean isIpv4(String text) {
		String[] octets = text.split("\\.", -1);
		if (octets.length != 4) {
			return false;
		}
		for (String octet : octets) {
			if (!OCTET.matcher(octet).matches()) {
				return false;
			}
		}
		return true;
	}

	static boolean isCidr(String text) {
		int slash = text.indexOf('/');
		if (slash < 0 || !isIpv4(text.substring(0, slash))) {
			return false;
		}
		String bits = text.substring(slash + 1);
		return bits.matches("\\d{1,2}") && Integer.parseInt(bits) <= 32;
	}

	static boolean isHttpsUrl(String text) {
		try {
			URI uri = new URI(text);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && isHostName(uri.getHost());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean isHostName(String host) {
		return isDnsName(host) || isIpv4(host) || "localhost".equals(host);
	}

}
