package org.socle.servicedesk.satisfaction;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the portal's home shows of staff surveys: those waiting for the signed-in person's
 * answer. Called from the template ({@code @staffSurveysOnPortal.pending()}).
 */
@Component("staffSurveysOnPortal")
public class StaffSurveysOnPortal {

	private final StaffAnswers answers;

	StaffSurveysOnPortal(StaffAnswers answers) {
		this.answers = answers;
	}

	public List<PendingSurvey> pending() {
		return this.answers.pendingForMe();
	}

}
