package org.socle.servicedesk.satisfaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's yearly staff survey, open now for every establishment, when no survey
 * exists yet.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(113)
class SatisfactionDemo implements ApplicationRunner {

	private final SurveyCampaignRepository campaigns;

	private final DirectoryApi directory;

	private final Clock clock;

	SatisfactionDemo(SurveyCampaignRepository campaigns, DirectoryApi directory, Clock clock) {
		this.campaigns = campaigns;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Set<Long> establishments = this.directory.establishments()
			.stream()
			.map(EstablishmentRef::id)
			.collect(Collectors.toSet());
		if (this.campaigns.count() > 0 || establishments.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.campaigns.save(new SurveyCampaign("Enquête annuelle de satisfaction " + today.getYear(),
				"Globalement, quelle note donnez-vous au centre de services (informatique, biomédical, "
						+ "services techniques) ?",
				today.minusDays(7), today.plusDays(21), establishments));
	}

}
