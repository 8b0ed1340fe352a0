package org.socle.inventory.relation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetRelationRepository extends JpaRepository<AssetRelation, Long> {

	boolean existsBySourceIdAndTargetIdAndTypeAndRemovedAtIsNull(Long sourceId, Long targetId, RelationType type);

	List<AssetRelation> findBySourceIdAndRemovedAtIsNullOrderById(Long sourceId);

	List<AssetRelation> findByTargetIdAndRemovedAtIsNullOrderById(Long targetId);

}
