package org.socle.directory.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.socle.directory.organisation.DepartmentLevel;

import org.springframework.stereotype.Component;

/**
 * The reference data an import pass loads at once, as light projections (ids, not
 * entities), so a 50,000-line file costs a handful of queries.
 */
@Component
class ImportLookups {

	private static final int CHUNK = 1000;

	private final EntityManager entityManager;

	ImportLookups(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The people holding these addresses, by lower-case address. */
	Map<String, PersonRef> peopleByEmail(Collection<String> lowerCaseEmails) {
		Map<String, PersonRef> people = new HashMap<>();
		List<String> all = new ArrayList<>(lowerCaseEmails);
		for (int from = 0; from < all.size(); from += CHUNK) {
			this.entityManager
				.createQuery("select lower(p.email), p.id, p.establishment.id from Person p "
						+ "where lower(p.email) in :emails", Object[].class)
				.setParameter("emails", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.getResultList()
				.forEach(r -> people.put((String) r[0], new PersonRef((Long) r[1], (Long) r[2])));
		}
		return people;
	}

	/**
	 * The departments of these establishments (of all when null), with whether each has
	 * sub-departments.
	 */
	List<DepartmentRef> departments(Collection<Long> establishmentIds) {
		if (establishmentIds != null && establishmentIds.isEmpty()) {
			return List.of();
		}
		String where = (establishmentIds != null) ? " where d.establishment.id in :ids" : "";
		var query = this.entityManager.createQuery(
				"select d.id, d.establishment.id, d.code, d.level, d.archived, "
						+ "(select count(c) from Department c where c.parent = d) from Department d" + where,
				Object[].class);
		if (establishmentIds != null) {
			query.setParameter("ids", establishmentIds);
		}
		return query.getResultList()
			.stream()
			.map(r -> new DepartmentRef((Long) r[0], (Long) r[1], (String) r[2], (DepartmentLevel) r[3], (Boolean) r[4],
					((Long) r[5]) > 0))
			.toList();
	}

	/** Writes pending changes and forgets loaded rows, to keep a long import lean. */
	void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	record PersonRef(Long id, Long establishmentId) {
	}

	record DepartmentRef(Long id, Long establishmentId, String code, DepartmentLevel level, boolean archived,
			boolean hasChildren) {
	}

}
