package org.socle.servicedesk.satisfaction;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyCampaignRepository extends JpaRepository<SurveyCampaign, Long> {

	/** Every campaign, the latest opening first (a group runs a few a year). */
	List<SurveyCampaign> findAllByOrderByOpensOnDescIdDesc();

}
