package org.socle.servicedesk.satisfaction;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of staff surveys: those the account sees, and the results of one it runs. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApi {

	private final SurveyCampaigns campaigns;

	private final CampaignFigures figures;

	SurveyApi(SurveyCampaigns campaigns, CampaignFigures figures) {
		this.campaigns = campaigns;
		this.figures = figures;
	}

	@GetMapping
	List<CampaignView> list() {
		return this.campaigns.visible();
	}

	/**
	 * A campaign's anonymous results: 404 out of sight, 403 to those who do not run it.
	 */
	@GetMapping("/{id}")
	CampaignResults results(@PathVariable Long id) {
		return this.figures.of(id);
	}

}
