package io.connectdesk.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The audit module's facade: records a change with the thing before and after, and finds entries. */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, ObjectMapper json, Clock clock) {
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
		this.entries.save(new AuditEntry(this.clock.instant(), actorId, actorName, entityType, entityId, action,
				toJson(before), toJson(after)));
	}

	/** Entries newest first, of one entity type and id when given. */
	@Transactional(readOnly = true)
	public AuditPage find(String entityType, String entityId, int page, int size) {
		Page<AuditEntry> found = this.entries.search(blankToNull(entityType), blankToNull(entityId), PageRequest.of(page, size));
		return new AuditPage(found.map(AuditEntry::toView).getContent(), page, size, found.getTotalElements(),
				found.getTotalPages());
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

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
