package org.socle.directory;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many establishments, people and teams an account's scope holds, for the home page.
 */
@Component
public class DirectoryCounts {

	private final EntityManager entityManager;

	DirectoryCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public long establishments(AccessScope scope) {
		return count("select count(e) from Establishment e where e.archived = false", "e.id", scope);
	}

	@Transactional(readOnly = true)
	public long people(AccessScope scope) {
		return count("select count(p) from Person p where p.archived = false", "p.establishment.id", scope);
	}

	@Transactional(readOnly = true)
	public long teams(AccessScope scope) {
		return count("select count(t) from Team t where t.archived = false", "t.establishment.id", scope);
	}

	private long count(String jpql, String establishmentPath, AccessScope scope) {
		if (scope.isGroupWide()) {
			return this.entityManager.createQuery(jpql, Long.class).getSingleResult();
		}
		if (scope.visibleEstablishmentIds().isEmpty()) {
			return 0;
		}
		return this.entityManager.createQuery(jpql + " and " + establishmentPath + " in :ids", Long.class)
			.setParameter("ids", scope.visibleEstablishmentIds())
			.getSingleResult();
	}

}
