package org.socle.directory.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DepartmentRepository extends JpaRepository<Department, Long>, JpaSpecificationExecutor<Department> {

	boolean existsByEstablishmentIdAndCodeIgnoreCase(Long establishmentId, String code);

	boolean existsByEstablishmentIdAndCodeIgnoreCaseAndIdNot(Long establishmentId, String code, Long id);

	boolean existsByParentId(Long parentId);

	boolean existsByParentIdAndArchivedFalse(Long parentId);

	List<Department> findByParentIdOrderByCode(Long parentId);

	List<Department> findByEstablishmentIdAndArchivedFalseOrderByCode(Long establishmentId);

}
