package org.socle.inventory.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelRepository extends JpaRepository<AssetModel, Long> {

	@Query("select m from AssetModel m join fetch m.manufacturer order by m.manufacturer.name, m.commercialName")
	List<AssetModel> listed();

	boolean existsByManufacturerAndCommercialNameIgnoreCase(Manufacturer manufacturer, String commercialName);

	boolean existsByManufacturerAndCommercialNameIgnoreCaseAndIdNot(Manufacturer manufacturer, String commercialName,
			Long id);

}
