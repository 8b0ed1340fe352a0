package org.socle.directory.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.socle.shared.audit.HistoryService;
import org.socle.shared.audit.HistoryService.HistoryEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a team's memberships, including removed ones: every revision of every
 * membership row the team ever had, newest first.
 */
@Component
class TeamHistory {

	private final EntityManager entityManager;

	private final HistoryService history;

	TeamHistory(EntityManager entityManager, HistoryService history) {
		this.entityManager = entityManager;
		this.history = history;
	}

	@Transactional(readOnly = true)
	List<HistoryEntry> membersOf(Long teamId) {
		List<?> memberIds = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(TeamMember.class, true, true)
			.add(AuditEntity.relatedId("team").eq(teamId))
			.addProjection(AuditEntity.id().distinct())
			.getResultList();
		List<HistoryEntry> entries = new ArrayList<>();
		for (Object id : memberIds) {
			entries.addAll(this.history.historyOf(TeamMember.class, (Long) id));
		}
		entries.sort(Comparator.comparing(HistoryEntry::revision).reversed());
		return entries;
	}

}
