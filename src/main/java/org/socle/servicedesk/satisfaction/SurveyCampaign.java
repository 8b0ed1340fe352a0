package org.socle.servicedesk.satisfaction;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.socle.shared.audit.AuditedEntity;

/**
 * A staff survey about the service as a whole: one question answered by a 0-10 rating and
 * an optional comment, asked of the staff of some establishments between two dates (both
 * included).
 */
@Entity
@Table(name = "sd_survey_campaign")
class SurveyCampaign extends AuditedEntity {

	private String title;

	private String question;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_survey_audience", joinColumns = @JoinColumn(name = "campaign_id"))
	@Column(name = "establishment_id")
	private Set<Long> audience = new LinkedHashSet<>();

	protected SurveyCampaign() {
	}

	SurveyCampaign(String title, String question, LocalDate opensOn, LocalDate closesOn, Set<Long> audience) {
		this.title = title;
		this.question = question;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.audience = new LinkedHashSet<>(audience);
	}

	boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(this.closesOn);
	}

	String getTitle() {
		return this.title;
	}

	String getQuestion() {
		return this.question;
	}

	LocalDate getOpensOn() {
		return this.opensOn;
	}

	LocalDate getClosesOn() {
		return this.closesOn;
	}

	Set<Long> getAudience() {
		return Set.copyOf(this.audience);
	}

}
