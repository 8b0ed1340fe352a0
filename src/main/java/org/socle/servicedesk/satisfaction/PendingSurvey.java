package org.socle.servicedesk.satisfaction;

/** A staff survey waiting for the signed-in person's answer. */
public record PendingSurvey(Long id, String title) {

}
