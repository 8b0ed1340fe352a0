package org.socle.inventory.asset;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetRepository extends JpaRepository<Asset, Long> {

	boolean existsByInventoryNumber(String inventoryNumber);

	boolean existsByInventoryNumberAndIdNot(String inventoryNumber, Long id);

}
