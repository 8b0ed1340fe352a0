package org.socle.servicedesk.satisfaction;

import java.time.LocalDate;
import java.util.List;

import org.socle.directory.DirectoryApi;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff answer the surveys of their establishment, signed in, once each. Who answered and
 * what was answered are written apart, with nothing that links them.
 */
@Service
class StaffAnswers {

	private final SurveyCampaigns campaigns;

	private final CampaignAccess access;

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	StaffAnswers(SurveyCampaigns campaigns, CampaignAccess access, DirectoryApi directory, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.access = access;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** The open campaigns the signed-in person has not answered yet. */
	@Transactional(readOnly = true)
	List<PendingSurvey> pendingForMe() {
		Long person = this.access.answeringPerson();
		Long establishment = establishmentOf(person);
		if (establishment == null) {
			return List.of();
		}
		return this.jdbc.sql("select c.id, c.title from sd_survey_campaign c"
				+ " join sd_survey_audience a on a.campaign_id = c.id and a.establishment_id = ?"
				+ " where ? between c.opens_on and c.closes_on and not exists (select 1 from"
				+ " sd_survey_participation p where p.campaign_id = c.id and p.person_id = ?) order by c.closes_on, c.id")
			.params(establishment, java.sql.Date.valueOf(this.campaigns.today()), person)
			.query((rs, n) -> new PendingSurvey(rs.getLong("id"), rs.getString("title")))
			.list();
	}

	/** The campaign as the signed-in person is asked it (404 when they are not). */
	@Transactional(readOnly = true)
	SurveyQuestion question(Long campaignId) {
		Long person = this.access.answeringPerson();
		SurveyCampaign campaign = this.campaigns.askedOf(campaignId, establishmentOf(person));
		LocalDate today = this.campaigns.today();
		return new SurveyQuestion(campaign.getId(), campaign.getTitle(), campaign.getQuestion(),
				campaign.isOpenOn(today), answered(campaign.getId(), person));
	}

	/**
	 * @throws FieldRuleException when the campaign is not open, the person answered
	 * already, or the rating or comment are out of bounds
	 */
	@Transactional
	void answer(Long campaignId, Integer rating, String comment) {
		SurveyQuestion question = question(campaignId);
		if (!question.open()) {
			throw FieldRuleException.invalid("rating", "SurveyClosed");
		}
		if (rating == null) {
			throw FieldRuleException.invalid("rating", "NotBlank");
		}
		if (rating < 0 || rating > SatisfactionSettings.MAX_RATING) {
			throw FieldRuleException.invalid("rating", "RatingRange", 0, SatisfactionSettings.MAX_RATING);
		}
		String text = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (text != null && text.length() > SatisfactionAnswers.MAX_COMMENT) {
			throw FieldRuleException.invalid("comment", "Size", 0, SatisfactionAnswers.MAX_COMMENT);
		}
		int first = this.jdbc
			.sql("insert into sd_survey_participation (campaign_id, person_id) values (?, ?) on conflict do nothing")
			.params(campaignId, this.access.answeringPerson())
			.update();
		if (first == 0) {
			throw FieldRuleException.invalid("rating", "SurveyAnswered");
		}
		this.jdbc.sql("insert into sd_survey_answer (campaign_id, rating, comment) values (?, ?, ?)")
			.params(campaignId, rating, text)
			.update();
	}

	private boolean answered(Long campaignId, Long person) {
		return this.jdbc.sql("select count(*) from sd_survey_participation where campaign_id = ? and person_id = ?")
			.params(campaignId, person)
			.query(Long.class)
			.single() > 0;
	}

	private Long establishmentOf(Long person) {
		return (person == null) ? null
				: this.directory.person(person).map(DirectoryApi.PersonRef::establishmentId).orElse(null);
	}

}
