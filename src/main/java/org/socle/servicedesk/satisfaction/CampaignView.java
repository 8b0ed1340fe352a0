package org.socle.servicedesk.satisfaction;

import java.time.LocalDate;
import java.util.List;

/**
 * A staff survey as lists show it.
 *
 * @param open whether staff may answer it today
 * @param runs whether the account runs it (reads its results)
 */
public record CampaignView(Long id, String title, String question, LocalDate opensOn, LocalDate closesOn,
		List<Long> establishmentIds, boolean open, boolean runs) {

	static CampaignView of(SurveyCampaign c, LocalDate today, boolean runs) {
		return new CampaignView(c.getId(), c.getTitle(), c.getQuestion(), c.getOpensOn(), c.getClosesOn(),
				c.getAudience().stream().sorted().toList(), c.isOpenOn(today), runs);
	}

}
