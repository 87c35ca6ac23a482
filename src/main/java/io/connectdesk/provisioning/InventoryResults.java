package io.connectdesk.provisioning;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What provisioning last produced for an inventory item: the outputs of the latest DONE provisioning item
 * (a PROVISION of the activating ticket, or a later CHANGE) of that component in that environment.
 *
 * @param ticketId the ticket whose provisioning produced these results
 * @param outputs the adapter's outputs (never clear secrets: names that look like secrets are left out)
 * @param certificateUrl where the certificate chain downloads (PEM), for a {@code tls-certificate} item; else {@code null}
 * @param updatedAt when the results were last updated
 */
public record InventoryResults(String ticketId, Operation operation, String adapterKind, Map<String, String> outputs,
		String certificateUrl, Instant updatedAt) {

	static final String CERTIFICATE_KIND = "tls-certificate";

	/** Names of outputs that would hold a secret in clear; a reference to one ({@code ...Ref}) is fine. */
	private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passwd|secret|privatekey|presharedkey|apikey).*");

	private static final Pattern LINK = Pattern.compile("(https?://|/api/|/git/)[^\\s\"'<>]*");

	public InventoryResults {
		Map<String, String> shown = new TreeMap<>();
		outputs.forEach((name, value) -> {
			if (!isSecretName(name)) {
				shown.put(name, value);
			}
		});
		outputs = Collections.unmodifiableMap(shown);
	}

	/** The outputs as the page shows them, URLs as links. */
	public List<Output> shown() {
		return this.outputs.entrySet()
			.stream()
			.map(entry -> new Output(entry.getKey(), entry.getValue(), isLink(entry.getValue())))
			.toList();
	}

	public boolean isManual() {
		return AdapterKinds.MANUAL.equals(this.adapterKind);
	}

	static boolean isSecretName(String name) {
		return SECRET_NAME.matcher(name).matches() && !name.toLowerCase(Locale.ROOT).endsWith("ref");
	}

	static boolean isLink(String value) {
		return value != null && LINK.matcher(value).matches();
	}

	/** One output; {@code link} when its value is a URL (absolute http(s), or one of this application's paths). */
	public record Output(String name, String value, boolean link) {
	}

}
