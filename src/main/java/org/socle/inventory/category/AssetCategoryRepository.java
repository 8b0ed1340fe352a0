package org.socle.inventory.category;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssetCategoryRepository extends JpaRepository<AssetCategory, Long> {

	List<AssetCategory> findAllByOrderByKindAscNameAsc();

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, Long id);

}
