package org.socle.servicedesk.queue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

	List<SavedFilter> findByOwnerAccountIdOrderByNameAsc(Long ownerAccountId);

	Optional<SavedFilter> findByIdAndOwnerAccountId(Long id, Long ownerAccountId);

	boolean existsByOwnerAccountIdAndNameIgnoreCase(Long ownerAccountId, String name);

}
