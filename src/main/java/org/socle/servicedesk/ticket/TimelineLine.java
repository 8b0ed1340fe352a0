package org.socle.servicedesk.ticket;

/** A timeline event with the text of the comment it is about (if any). */
public record TimelineLine(TicketEvent event, String commentBody) {
}
