package io.connectdesk.provisioning.adapter;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.connectdesk.ticket.ConversationSecrets;

/**
 * Secrets found in tickets' text, in the same encrypted store as generated secrets
 * ({@code provisioning_secret}, AES-GCM with the cluster's key), one row per secret under the request
 * key {@code conversation:<customer>}, named by its id.
 */
@Component
class ConversationSecretStore implements ConversationSecrets {

	private final Secrets secrets;

	ConversationSecretStore(Secrets secrets) {
		this.secrets = secrets;
	}

	@Override
	public String keep(Long customerId, String kind, String value) {
		return this.secrets.store("conversation:" + customerId, customerId, kind + ":" + UUID.randomUUID(),
				value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public Optional<String> reveal(Long customerId, String id) {
		return this.secrets.reveal(customerId, id).map(value -> new String(value, StandardCharsets.UTF_8));
	}

}
