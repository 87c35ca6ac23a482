package io.connectdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.stereotype.Component;

/**
 * The audit entries' store: it appends and finds, nothing else. There is deliberately no
 * repository interface (it would bring save-for-update and delete); a test keeps it that way.
 */
@Component
class AuditEntries {

	private final EntityManager entityManager;

	AuditEntries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	void append(AuditEntry entry) {
		this.entityManager.persist(entry);
	}

	/** Entries matching the filter, newest first, from {@code offset} on. */
	List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEntry> query = builder.createQuery(AuditEntry.class);
		Root<AuditEntry> entry = query.from(AuditEntry.class);
		query.select(entry)
			.where(matching(builder, entry, filter))
			.orderBy(builder.desc(entry.get("recordedAt")), builder.desc(entry.get("id")));
		return this.entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
	}

	long count(AuditFilter filter) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<AuditEntry> entry = query.from(AuditEntry.class);
		query.select(builder.count(entry)).where(matching(builder, entry, filter));
		return this.entityManager.createQuery(query).getSingleResult();
	}

	private static Predicate[] matching(CriteriaBuilder builder, Root<AuditEntry> entry, AuditFilter filter) {
		List<Predicate> all = new ArrayList<>();
		if (filter.action() != null) {
			all.add(builder.equal(builder.upper(entry.get("action")), filter.action().toUpperCase(Locale.ROOT)));
		}
		if (filter.actor() != null) {
			all.add(builder.like(builder.lower(entry.get("actorName")), "%" + escaped(filter.actor()) + "%", '\\'));
		}
		if (filter.customerId() != null) {
			all.add(builder.equal(entry.get("customerId"), filter.customerId()));
		}
		if (filter.entityType() != null) {
			all.add(builder.equal(entry.get("entityType"), filter.entityType()));
		}
		if (filter.entityId() != null) {
			all.add(builder.equal(entry.get("entityId"), filter.entityId()));
		}
		if (filter.from() != null) {
			all.add(builder.greaterThanOrEqualTo(entry.get("recordedAt"), filter.from()));
		}
		if (filter.to() != null) {
			all.add(builder.lessThan(entry.get("recordedAt"), filter.to()));
		}
		return all.toArray(Predicate[]::new);
	}

	private static String escaped(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
