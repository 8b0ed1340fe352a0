package org.socle.directory.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HospitalGroupRepository
		extends JpaRepository<HospitalGroup, Long>, JpaSpecificationExecutor<HospitalGroup> {

}
