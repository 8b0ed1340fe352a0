package org.socle.servicedesk.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceOfferingRepository extends JpaRepository<ServiceOffering, Long> {

	List<ServiceOffering> findAllByOrderByNameFrAscIdAsc();

	/** The live services offered to staff of an establishment, by name. */
	@Query("select s from ServiceOffering s join s.customerIds c where s.status = 'LIVE' and c = ?1 "
			+ "order by s.nameFr, s.id")
	List<ServiceOffering> liveFor(Long establishmentId);

}
