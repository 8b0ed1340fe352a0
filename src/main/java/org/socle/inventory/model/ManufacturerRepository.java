package org.socle.inventory.model;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManufacturerRepository extends JpaRepository<Manufacturer, Long> {

	Optional<Manufacturer> findByNameIgnoreCase(String name);

}
