package org.socle.inventory.workorder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NonconformityRepository extends JpaRepository<Nonconformity, Long> {

	List<Nonconformity> findByAssetIdOrderByIdDesc(Long assetId);

	List<Nonconformity> findByWorkOrderId(Long workOrderId);

}
