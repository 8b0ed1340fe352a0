package org.socle.inventory.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<MaintenancePlan, Long> {

	/** Plans of categories and models (the shared ones), active first, by name. */
	@Query("select p from MaintenancePlan p where p.assetId is null order by p.archived, p.name, p.id")
	List<MaintenancePlan> shared();

	/** The plans of these assets (their own plans). */
	@Query("select p from MaintenancePlan p where p.assetId in :assetIds order by p.archived, p.name, p.id")
	List<MaintenancePlan> ofAssets(List<Long> assetIds);

}
