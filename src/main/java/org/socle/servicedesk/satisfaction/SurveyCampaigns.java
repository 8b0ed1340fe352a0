package org.socle.servicedesk.satisfaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff surveys: created by those who run them, listed within the account's scope. */
@Service
class SurveyCampaigns {

	private final SurveyCampaignRepository campaigns;

	private final CampaignAccess access;

	private final Clock clock;

	SurveyCampaigns(SurveyCampaignRepository campaigns, CampaignAccess access, Clock clock) {
		this.campaigns = campaigns;
		this.access = access;
		this.clock = clock;
	}

	/** The campaigns the account sees, the latest first. */
	@Transactional(readOnly = true)
	List<CampaignView> visible() {
		LocalDate today = today();
		return this.campaigns.findAllByOrderByOpensOnDescIdDesc()
			.stream()
			.filter(this.access::sees)
			.map(c -> CampaignView.of(c, today, this.access.runs(c)))
			.toList();
	}

	/**
	 * @throws FieldRuleException when the dates are in the wrong order
	 */
	@Transactional
	CampaignView create(CampaignForm form) {
		Set<Long> audience = new LinkedHashSet<>(form.getEstablishmentIds());
		audience.remove(null);
		if (audience.isEmpty()) {
			throw FieldRuleException.invalid("establishmentIds", "NotBlank");
		}
		this.access.checkMayAsk(audience);
		if (form.getClosesOn().isBefore(form.getOpensOn())) {
			throw FieldRuleException.invalid("closesOn", "ClosesBeforeOpening");
		}
		SurveyCampaign saved = this.campaigns.saveAndFlush(new SurveyCampaign(form.getTitle().strip(),
				form.getQuestion().strip(), form.getOpensOn(), form.getClosesOn(), audience));
		return CampaignView.of(saved, today(), true);
	}

	/** A campaign the account runs: 404 out of sight, 403 otherwise. */
	@Transactional(readOnly = true)
	SurveyCampaign run(Long id) {
		return this.access.run(this.campaigns.findById(id).orElse(null), id);
	}

	/** A campaign the signed-in person is asked (or 404). */
	@Transactional(readOnly = true)
	SurveyCampaign askedOf(Long id, Long establishmentOfPerson) {
		SurveyCampaign campaign = this.campaigns.findById(id).orElse(null);
		if (campaign == null || establishmentOfPerson == null
				|| !campaign.getAudience().contains(establishmentOfPerson)) {
			throw new RecordNotFoundException("SurveyCampaign", id);
		}
		return campaign;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
