package org.socle.servicedesk.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestItemRepository extends JpaRepository<RequestItem, Long> {

	List<RequestItem> findByServiceIdOrderByArchivedAscPositionAscIdAsc(Long serviceId);

	List<RequestItem> findByServiceIdAndArchivedFalseOrderByPositionAscIdAsc(Long serviceId);

}
