package org.socle.inventory.contract;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRepository extends JpaRepository<Contract, Long> {

	boolean existsBySupplierIdAndReferenceIgnoreCase(Long supplierId, String reference);

}
