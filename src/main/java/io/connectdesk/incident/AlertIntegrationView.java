package io.connectdesk.incident;

import java.time.Instant;

/** An integration as its customer admin and admins see it: never its token, only the first characters. */
public record AlertIntegrationView(Long id, Long customerId, String name, String hint, String createdBy, Instant createdAt,
		Instant revokedAt) {
}
