package io.connectdesk.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.common.Role;
import io.connectdesk.identity.Memberships;

/**
 * Customers' monitoring integrations: a token per integration ({@code cdi_…}, 256 random bits) that
 * the monitor sends as {@code Authorization: Bearer}; shown once, kept as its SHA-256 hash. An admin
 * manages any customer's, a customer admin their own customer's; nobody else.
 */
@Service
public class AlertIntegrations {

	/** Every integration token starts so: told apart from API tokens ({@code cdp_}) and found by secret scanners. */
	public static final String PREFIX = "cdi_";

	private final AlertIntegrationRepository integrations;

	private final Memberships admins;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AlertIntegrations(AlertIntegrationRepository integrations, Memberships admins, Clock clock) {
		this.integrations = integrations;
		this.admins = admins;
		this.clock = clock;
	}

	@Transactional
	public CreatedIntegration create(Caller caller, Long customerId, String name) {
		requireManager(caller, customerId);
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw InvalidInputException.of("name", "Name the integration (at most 100 characters)");
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		AlertIntegration saved = this.integrations.save(new AlertIntegration(customerId, name.strip(), hash(token),
				token.substring(0, 8), caller.email(), this.clock.instant()));
		return new CreatedIntegration(saved.toView(), token);
	}

	@Transactional(readOnly = true)
	public List<AlertIntegrationView> of(Caller caller, Long customerId) {
		requireManager(caller, customerId);
		return this.integrations.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId).stream().map(AlertIntegration::toView).toList();
	}

	@Transactional
	public AlertIntegrationView revoke(Caller caller, Long customerId, Long integrationId) {
		requireManager(caller, customerId);
		AlertIntegration integration = this.integrations.findById(integrationId)
			.filter(found -> found.getCustomerId().equals(customerId))
			.orElseThrow(() -> new NotFoundException("alert-integration-not-found", "No alert integration " + integrationId));
		integration.revoke(this.clock.instant());
		return integration.toView();
	}

	/** The customer whose working integration the token belongs to; empty for anything else. */
	@Transactional(readOnly = true)
	public Optional<Long> customerOf(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.integrations.findByTokenHash(hash(token)).filter(AlertIntegration::works).map(AlertIntegration::getCustomerId);
	}

	/** Admins, and the customer's own customer admins; another customer does not exist for a customer's people. */
	private void requireManager(Caller caller, Long customerId) {
		if (caller.has(Role.ADMIN)) {
			return;
		}
		if (caller.customerId() != null && !caller.customerId().equals(customerId)) {
			throw new NotFoundException("customer-not-found", "No customer " + customerId);
		}
		if (caller.customerId() == null || !this.admins.isCustomerAdmin(caller.userId())) {
			throw new ForbiddenException("alert-integrations-admins-only",
					"Only admins and the customer's own customer admins manage its alert integrations");
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new integration: the token is shown this once, never again. */
	public record CreatedIntegration(AlertIntegrationView integration, String token) {
	}

}
