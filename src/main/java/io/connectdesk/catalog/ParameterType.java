package io.connectdesk.catalog;

/**
 * The type of a request parameter, as its value arrives in JSON. Lists arrive as JSON arrays of
 * strings, or as one string with the items separated by commas or whitespace (form fields).
 */
public enum ParameterType {

	/** A non-blank text of at most 200 characters, matching the parameter's pattern when it has one. */
	STRING,
	/** A whole number (a JSON number or a numeric string) between the optional min and max. */
	INTEGER,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** One of the parameter's values. */
	ENUM,
	EMAIL_LIST,
	/** Host names such as {@code api.acme.example}; a leading {@code *.} wildcard is allowed. */
	DNS_NAME_LIST,
	/** IPv4 networks such as {@code 10.1.0.0/16}. */
	CIDR_LIST,
	/** Absolute {@code https://} URLs with a host. */
	URL_LIST,
	/** An IPv4 address such as {@code 203.0.113.10}. */
	IPV4,
	/** Non-blank texts, each matching the parameter's pattern when it has one. */
	STRING_LIST;

	public boolean isList() {
		return this == EMAIL_LIST || this == DNS_NAME_LIST || this == CIDR_LIST || this == URL_LIST || this == STRING_LIST;
	}

}
