package org.socle.servicedesk.satisfaction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a survey link stays valid ({@code socle.servicedesk.satisfaction.valid-days},
 * 14 by default) and the rating at or under which the team's leads are told
 * ({@code socle.servicedesk.satisfaction.alert-at-most}, 6 by default).
 */
@Component
class SatisfactionSettings {

	static final int MAX_RATING = 10;

	private final int validDays;

	private final int alertAtMost;

	SatisfactionSettings(@Value("${socle.servicedesk.satisfaction.valid-days:14}") int validDays,
			@Value("${socle.servicedesk.satisfaction.alert-at-most:6}") int alertAtMost) {
		this.validDays = Math.max(validDays, 1);
		this.alertAtMost = alertAtMost;
	}

	int validDays() {
		return this.validDays;
	}

	boolean isLow(int rating) {
		return rating <= this.alertAtMost;
	}

}
