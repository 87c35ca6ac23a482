package io.connectdesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One recorded act, append-only: written once by {@link AuditEntries#append}, never changed
 * ({@link Immutable}: Hibernate ignores changes to a loaded entry) and never deleted (no path does).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant recordedAt;

	private Long actorId;

	private String actorName;

	private String entityType;

	private String entityId;

	private String action;

	private Long customerId;

	@Column(name = "before_json")
	private String before;

	@Column(name = "after_json")
	private String after;

	@Column(name = "details_json")
	private String details;

	protected AuditEntry() {
	}

	AuditEntry(Instant recordedAt, Long actorId, String actorName, Target target, String action, String before,
			String after, String details) {
		this.recordedAt = recordedAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.entityType = target.type();
		this.entityId = target.id();
		this.customerId = target.customerId();
		this.action = action;
		this.before = before;
		this.after = after;
		this.details = details;
	}

	AuditEntryView toView() {
		return new AuditEntryView(this.id, this.recordedAt, this.actorId, this.actorName, this.action, this.customerId,
				this.entityType, this.entityId, this.before, this.after, this.details);
	}

	/** What an entry is about: a thing of some type, and the customer it belongs to ({@code null}: none). */
	record Target(String type, String id, Long customerId) {
	}

}
