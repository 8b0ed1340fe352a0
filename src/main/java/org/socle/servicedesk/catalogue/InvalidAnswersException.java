package org.socle.servicedesk.catalogue;

import java.util.List;

/**
 * Answers that break their fields' rules: nothing was written; each problem names its
 * field.
 */
class InvalidAnswersException extends RuntimeException {

	private final List<AnswerRules.Problem> problems;

	InvalidAnswersException(List<AnswerRules.Problem> problems) {
		super(problems.size() + " answers refused");
		this.problems = List.copyOf(problems);
	}

	List<AnswerRules.Problem> problems() {
		return this.problems;
	}

}
