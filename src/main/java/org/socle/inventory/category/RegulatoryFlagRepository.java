package org.socle.inventory.category;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegulatoryFlagRepository extends JpaRepository<RegulatoryFlag, String> {

	List<RegulatoryFlag> findAllByOrderByJurisdictionAscCodeAsc();

}
