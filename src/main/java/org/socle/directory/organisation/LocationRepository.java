package org.socle.directory.organisation;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LocationRepository extends JpaRepository<Location, Long>, JpaSpecificationExecutor<Location> {

	List<Location> findBySiteId(Long siteId, Sort sort);

	List<Location> findByParentId(Long parentId, Sort sort);

	boolean existsByParentIdAndArchivedFalse(Long parentId);

}
