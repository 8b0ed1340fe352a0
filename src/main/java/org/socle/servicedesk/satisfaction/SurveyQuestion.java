package org.socle.servicedesk.satisfaction;

/**
 * A staff survey as the signed-in person is asked it.
 *
 * @param open whether it may be answered today
 * @param answered whether the person answered it already
 */
public record SurveyQuestion(Long id, String title, String question, boolean open, boolean answered) {

}
