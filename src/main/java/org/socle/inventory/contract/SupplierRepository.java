package org.socle.inventory.contract;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierRepository extends JpaRepository<Supplier, Long> {

	List<Supplier> findAllByOrderByNameAsc();

	Optional<Supplier> findByNameIgnoreCase(String name);

}
