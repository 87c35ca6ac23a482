package io.connectdesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
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

	@Column(name = "before_json")
	private String before;

	@Column(name = "after_json")
	private String after;

	protected AuditEntry() {
	}

	AuditEntry(Instant recordedAt, Long actorId, String actorName, String entityType, String entityId, String action,
			String before, String after) {
		this.recordedAt = recordedAt;
		this.actorId = actorId;
		this.actorName = actorName;
		this.entityType = entityType;
		this.entityId = entityId;
		this.action = action;
		this.before = before;
		this.after = after;
	}

	AuditEntryView toView() {
		return new AuditEntryView(this.id, this.recordedAt, this.actorId, this.actorName, this.entityType, this.entityId,
				this.action, this.before, this.after);
	}

}
