package org.socle.servicedesk.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueRequestRepository extends JpaRepository<CatalogueRequest, Long> {

	List<CatalogueRequest> findTop20ByRequesterIdOrderByCreatedAtDesc(Long requesterId);

	List<CatalogueRequest> findByApproverIdAndStatusOrderByCreatedAtAsc(Long approverId, RequestStatus status);

	List<CatalogueRequest> findTop20ByDecidedByIdOrderByDecidedAtDesc(Long decidedById);

	Optional<CatalogueRequest> findByTicketId(Long ticketId);

}
