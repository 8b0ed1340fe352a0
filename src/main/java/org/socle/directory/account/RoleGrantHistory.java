package org.socle.directory.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.socle.shared.audit.Revision;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Envers history of an account's role grants: each grant and revocation, newest
 * first. A revoked grant's history row keeps only its id, so its label comes from the row
 * written when it was granted (grants are never edited).
 */
@Component
class RoleGrantHistory {

	private final EntityManager entityManager;

	RoleGrantHistory(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	List<Entry> of(Long accountId) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		Map<Long, String> labels = new HashMap<>();
		for (Object row : reader.createQuery()
			.forRevisionsOfEntity(RoleGrant.class, false, true)
			.add(AuditEntity.relatedId("account").eq(accountId))
			.add(AuditEntity.revisionType().eq(RevisionType.ADD))
			.getResultList()) {
			RoleGrant grant = (RoleGrant) ((Object[]) row)[0];
			labels.put(grant.getId(), grant.label());
		}
		if (labels.isEmpty()) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		for (Object row : reader.createQuery()
			.forRevisionsOfEntity(RoleGrant.class, false, true)
			.add(AuditEntity.id().in(labels.keySet()))
			.addOrder(AuditEntity.revisionNumber().desc())
			.getResultList()) {
			Object[] triple = (Object[]) row;
			Long id = ((RoleGrant) triple[0]).getId();
			Revision revision = (Revision) triple[1];
			entries.add(new Entry(revision.getRevisedAt(), revision.getUsername(), ((RevisionType) triple[2]).name(),
					labels.get(id)));
		}
		return entries;
	}

	/** A grant (ADD) or revocation (DEL): when, by whom, which role in which scope. */
	record Entry(Instant at, String by, String kind, String label) {
	}

}
