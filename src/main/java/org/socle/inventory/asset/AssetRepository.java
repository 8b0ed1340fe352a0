package org.socle.inventory.asset;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetRepository extends JpaRepository<Asset, Long> {

	boolean existsByInventoryNumberIgnoreCase(String inventoryNumber);

	boolean existsByInventoryNumberIgnoreCaseAndIdNot(String inventoryNumber, Long id);

}
