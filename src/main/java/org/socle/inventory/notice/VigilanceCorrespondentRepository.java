package org.socle.inventory.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VigilanceCorrespondentRepository extends JpaRepository<VigilanceCorrespondent, Long> {

	Optional<VigilanceCorrespondent> findByEstablishmentId(Long establishmentId);

	List<VigilanceCorrespondent> findByPersonIdOrDeputyPersonId(Long personId, Long deputyPersonId);

}
