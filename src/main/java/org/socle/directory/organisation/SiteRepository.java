package org.socle.directory.organisation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SiteRepository extends JpaRepository<Site, Long>, JpaSpecificationExecutor<Site> {

	/** A page of sites with their establishment, in one query (the list shows it). */
	@Override
	@EntityGraph(attributePaths = "establishment")
	Page<Site> findAll(Specification<Site> specification, Pageable pageable);

}
