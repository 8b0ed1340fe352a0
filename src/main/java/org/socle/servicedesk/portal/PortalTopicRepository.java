package org.socle.servicedesk.portal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PortalTopicRepository extends JpaRepository<PortalTopic, Long> {

	/** The topics offered to staff of an establishment: its own and the group's. */
	@Query("select t from PortalTopic t where t.archived = false and (t.establishmentId is null or t.establishmentId = ?1) "
			+ "order by t.position, t.id")
	List<PortalTopic> offeredTo(Long establishmentId);

	List<PortalTopic> findAllByOrderByArchivedAscPositionAscIdAsc();

}
