package org.socle.directory.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EstablishmentRepository
		extends JpaRepository<Establishment, Long>, JpaSpecificationExecutor<Establishment> {

	boolean existsByGeographicFinessAndIdNot(String geographicFiness, Long id);

	boolean existsByGeographicFiness(String geographicFiness);

}
