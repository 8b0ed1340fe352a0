package org.socle.inventory.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OverrideRepository extends JpaRepository<PlanOverride, Long> {

	Optional<PlanOverride> findByPlanIdAndAssetId(Long planId, Long assetId);

	List<PlanOverride> findByAssetIdOrderById(Long assetId);

}
