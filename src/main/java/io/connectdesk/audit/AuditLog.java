package io.connectdesk.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.common.AuditedAct;

/** The audit module's facade: records a change or an act, and finds entries. Nothing updates or deletes one. */
@Service
public class AuditLog {

	/** The most entries one CSV export holds (the newest that match). */
	public static final int EXPORT_LIMIT = 10_000;

	private final AuditEntries entries;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLog(AuditEntries entries, ObjectMapper json, Clock clock) {
		this.entries = entries;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change in the caller's transaction (there must be one): the entry commits with the change.
	 * @param before the thing before the change, written as JSON; {@code null} when it was created
	 * @param after the thing after the change; {@code null} when it was deleted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Long actorId, String actorName, String entityType, String entityId, String action, Object before,
			Object after) {
		Long customerId = "customer".equals(entityType) ? Long.valueOf(entityId) : null;
		this.entries.append(new AuditEntry(this.clock.instant(), actorId, actorName,
				new AuditEntry.Target(entityType, entityId, customerId), action, toJson(before), toJson(after), null));
	}

	/** Records an act in the actor's transaction when there is one (so both commit or neither), else in its own. */
	@Transactional
	void record(AuditedAct act) {
		this.entries.append(new AuditEntry(this.clock.instant(), act.actorId(), act.actorName(),
				new AuditEntry.Target(act.targetType(), act.targetId(), act.customerId()), act.action(), null, null,
				act.details().isEmpty() ? null : toJson(act.details())));
	}

	/** Entries newest first. */
	@Transactional(readOnly = true)
	public AuditPage find(AuditFilter filter, int page, int size) {
		long total = this.entries.count(filter);
		List<AuditEntryView> content = this.entries.find(filter, page * size, size).stream().map(AuditEntry::toView).toList();
		return new AuditPage(content, page, size, total, (int) ((total + size - 1) / size));
	}

	/** Entries of one entity type and id when given, newest first. */
	public AuditPage find(String entityType, String entityId, int page, int size) {
		return find(new AuditFilter(null, null, null, entityType, entityId, null, null), page, size);
	}

	/** The newest {@link #EXPORT_LIMIT} entries that match, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntryView> export(AuditFilter filter) {
		return this.entries.find(filter, 0, EXPORT_LIMIT).stream().map(AuditEntry::toView).toList();
	}

	private String toJson(Object value) {
		if (value == null) {
			return null;
		}
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", ex);
		}
	}

}
