package org.socle.servicedesk.satisfaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.socle.directory.DirectoryApi;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes a staff survey's results from its answers (who answered is not read). */
@Component
class CampaignFigures {

	private final SurveyCampaigns campaigns;

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	CampaignFigures(SurveyCampaigns campaigns, DirectoryApi directory, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** The results of a campaign the account runs (404 out of sight, 403 otherwise). */
	@Transactional(readOnly = true)
	CampaignResults of(Long id) {
		SurveyCampaign campaign = this.campaigns.run(id);
		List<Long> distribution = new ArrayList<>(Collections.nCopies(SatisfactionSettings.MAX_RATING + 1, 0L));
		this.jdbc.sql("select rating, count(*) as n from sd_survey_answer where campaign_id = ? group by rating")
			.param(id)
			.query((rs, n) -> distribution.set(rs.getInt("rating"), rs.getLong("n")))
			.list();
		long responses = distribution.stream().mapToLong(Long::longValue).sum();
		long sum = 0;
		for (int rating = 0; rating < distribution.size(); rating++) {
			sum += rating * distribution.get(rating);
		}
		List<String> comments = this.jdbc
			.sql("select comment from sd_survey_answer where campaign_id = ? and comment is not null order by id")
			.param(id)
			.query(String.class)
			.list();
		long staff = this.directory.staffCount(campaign.getAudience());
		return new CampaignResults(CampaignView.of(campaign, this.campaigns.today(), true), responses, staff,
				(staff == 0) ? null : (double) responses / staff, (responses == 0) ? null : (double) sum / responses,
				List.copyOf(distribution), comments);
	}

}
