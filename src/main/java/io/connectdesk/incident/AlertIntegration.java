package io.connectdesk.incident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer's monitoring integration: the hash of its token (never the token), its name, who made it. */
@Entity
@Table(name = "alert_integration")
class AlertIntegration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	private String name;

	private String tokenHash;

	private String hint;

	private String createdBy;

	private Instant createdAt;

	private Instant revokedAt;

	protected AlertIntegration() {
	}

	AlertIntegration(Long customerId, String name, String tokenHash, String hint, String createdBy, Instant createdAt) {
		this.customerId = customerId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.hint = hint;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	boolean works() {
		return this.revokedAt == null;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	AlertIntegrationView toView() {
		return new AlertIntegrationView(this.id, this.customerId, this.name, this.hint + "…", this.createdBy, this.createdAt,
				this.revokedAt);
	}

}
