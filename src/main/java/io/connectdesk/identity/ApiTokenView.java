package io.connectdesk.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A personal access token as its owner and admins see it: never the token, only its first characters.
 * @param active neither revoked nor expired
 */
public record ApiTokenView(Long id, String name, String hint, Set<TokenScope> scopes, String owner, Long customerId,
		Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean active) {
}
