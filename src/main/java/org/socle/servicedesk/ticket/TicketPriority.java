package org.socle.servicedesk.ticket;

import org.socle.servicedesk.ticket.TicketEvent.Kind;
import org.socle.shared.web.FieldRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent re-assesses impact and urgency of an open ticket; the priority follows from
 * the matrix in force, and the timeline says from which priority to which, and why.
 */
@Service
public class TicketPriority {

	private final TicketService service;

	private final TicketRepository tickets;

	private final PriorityMatrices matrices;

	private final Timeline timeline;

	TicketPriority(TicketService service, TicketRepository tickets, PriorityMatrices matrices, Timeline timeline) {
		this.service = service;
		this.tickets = tickets;
		this.matrices = matrices;
		this.timeline = timeline;
	}

	/**
	 * @throws FieldRuleException impact or urgency out of the matrix, or both unchanged
	 */
	@Transactional
	public Ticket change(Long id, TicketCommands.PriorityChange command) {
		Ticket ticket = this.service.workable(id, command.version());
		int priority = this.matrices.current().priorityOf(command.impact(), command.urgency());
		if (command.impact() == ticket.getImpact() && command.urgency() == ticket.getUrgency()) {
			throw FieldRuleException.invalid("impact", "PriorityUnchanged");
		}
		int before = ticket.getPriority();
		ticket.prioritise(command.impact(), command.urgency(), priority);
		this.timeline.record(ticket, Kind.PRIORITY_CHANGED, before, priority,
				detail(command.impact(), command.urgency(), command.reason()));
		return this.tickets.saveAndFlush(ticket);
	}

	/** The matrix in force (its size gives the levels to choose from). */
	public PriorityMatrix matrix() {
		return this.matrices.current();
	}

	/** "impact x urgency", then the reason when one is given. */
	private static String detail(int impact, int urgency, String reason) {
		String grid = impact + " x " + urgency;
		return (reason == null || reason.isBlank()) ? grid : grid + " : " + reason.strip();
	}

}
