package io.connectdesk.catalog;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which provisioning adapter fulfils a component. {@link #key()} is the stable name the adapters
 * register under ({@code git-repository}, {@code pipeline}, ...); JSON carries the key.
 */
public enum AdapterKind {

	GIT_REPOSITORY("git-repository"), PIPELINE("pipeline"), TLS_CERTIFICATE("tls-certificate"),
	INFRA_CONFIG("infra-config"),
	/** No automation: an SRE does the work by hand. */
	MANUAL("manual");

	private final String key;

	AdapterKind(String key) {
		this.key = key;
	}

	@JsonValue
	public String key() {
		return this.key;
	}

	/** @throws IllegalArgumentException for an unknown key */
	@JsonCreator
	public static AdapterKind ofKey(String key) {
		return Arrays.stream(values())
			.filter(kind -> kind.key.equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown adapter kind " + key));
	}

}
