package org.socle.shared.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Reads an entity's Envers history and tells, revision by revision, which fields changed
 * from what to what.
 */
@Service
public class HistoryService {

	private final EntityManager entityManager;

	HistoryService(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> historyOf(Class<?> type, Long id) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<HistoryEntry> entries = new ArrayList<>();
		Object previous = null;
		for (Object row : rows) {
			Object[] triple = (Object[]) row;
			Revision revision = (Revision) triple[1];
			List<FieldChange> changes = diff(type, previous, triple[0]);
			entries.add(new HistoryEntry(revision.getId(), revision.getRevisedAt(), revision.getUsername(),
					((RevisionType) triple[2]).name(), changes));
			previous = triple[0];
		}
		Collections.reverse(entries);
		return entries;
	}

	private List<FieldChange> diff(Class<?> type, Object before, Object after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Class<?> c = type; c != null && c != Archivable.class && c != AuditedEntity.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotInHistory.class)) {
					continue;
				}
				String oldValue = display(before, field);
				String newValue = display(after, field);
				if (!Objects.equals(oldValue, newValue)) {
					changes.add(new FieldChange(field.getName(), oldValue, newValue));
				}
			}
		}
		addArchiveChanges(before, after, changes);
		return changes;
	}

	private void addArchiveChanges(Object before, Object after, List<FieldChange> changes) {
		if (after instanceof Archivable now) {
			Archivable then = (Archivable) before;
			String was = (then != null) ? String.valueOf(then.isArchived()) : null;
			if (!Objects.equals(was, String.valueOf(now.isArchived()))) {
				changes.add(new FieldChange("archived", was, String.valueOf(now.isArchived())));
			}
			String reasonWas = (then != null) ? then.getArchiveReason() : null;
			if (!Objects.equals(reasonWas, now.getArchiveReason())) {
				changes.add(new FieldChange("archiveReason", reasonWas, now.getArchiveReason()));
			}
		}
	}

	private String display(Object entity, Field field) {
		if (entity == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(field);
		Object value = ReflectionUtils.getField(field, entity);
		if (value == null) {
			return null;
		}
		if (value instanceof HasLabel labelled) {
			return labelled.label();
		}
		if (value instanceof Iterable<?>) {
			return null; // collections are shown on their own rows' history
		}
		return value.toString();
	}

	/**
	 * One revision of an entity: when, who, what kind of change and which fields changed.
	 */
	public record HistoryEntry(Long revision, java.time.Instant at, String by, String kind, List<FieldChange> changes) {
	}

	/** A field's value before and after a revision. */
	public record FieldChange(String field, String before, String after) {
	}

}
