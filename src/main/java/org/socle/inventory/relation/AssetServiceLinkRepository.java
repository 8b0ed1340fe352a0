package org.socle.inventory.relation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetServiceLinkRepository extends JpaRepository<AssetServiceLink, Long> {

	boolean existsByAssetIdAndServiceIdAndRemovedAtIsNull(Long assetId, Long serviceId);

	List<AssetServiceLink> findByAssetIdAndRemovedAtIsNullOrderById(Long assetId);

}
