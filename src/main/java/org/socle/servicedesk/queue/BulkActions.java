package org.socle.servicedesk.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.socle.directory.CurrentAccess;
import org.socle.servicedesk.queue.BulkCommand.TicketAtVersion;
import org.socle.servicedesk.queue.BulkReport.Line;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketCommands;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.TicketWorkArea;
import org.socle.servicedesk.ticket.TicketWorkflow;
import org.socle.shared.audit.StaleVersionException;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Runs one action on many tickets. Each ticket goes through the usual service in its own
 * transaction (this class opens none), so a refused ticket leaves the others done; the
 * report tells each one's outcome.
 */
@Service
class BulkActions {

	private final TicketService tickets;

	private final TicketWorkflow workflow;

	private final CurrentAccess access;

	private final TicketWorkArea messages;

	BulkActions(TicketService tickets, TicketWorkflow workflow, CurrentAccess access, TicketWorkArea messages) {
		this.tickets = tickets;
		this.workflow = workflow;
		this.access = access;
		this.messages = messages;
	}

	BulkReport run(BulkCommand command) {
		check(command);
		Function<TicketAtVersion, Ticket> action = switch (command.action()) {
			case ASSIGN -> assignment(command);
			case STATUS -> t -> this.workflow.transition(t.id(), new TicketCommands.Transition(command.to(),
					command.pendingReason(), command.resolutionCode(), command.resolutionNote(), t.version()));
		};
		List<Line> lines = new ArrayList<>();
		command.tickets().forEach(t -> lines.add(attempt(t, action)));
		return BulkReport.of(lines);
	}

	private Function<TicketAtVersion, Ticket> assignment(BulkCommand command) {
		Long assignee = (command.assigneeId() != null) ? command.assigneeId() : this.access.scope().personId();
		return t -> this.tickets.assign(t.id(), new TicketCommands.Assignment(assignee, t.version()));
	}

	private static void check(BulkCommand command) {
		if (command.action() == null) {
			throw FieldRuleException.invalid("action", "NotBlank");
		}
		if (command.tickets() == null || command.tickets().isEmpty()) {
			throw FieldRuleException.invalid("tickets", "BulkNoTicket");
		}
		if (command.tickets().size() > BulkCommand.MAX_TICKETS) {
			throw FieldRuleException.invalid("tickets", "BulkTooMany", BulkCommand.MAX_TICKETS);
		}
		if (command.tickets().stream().anyMatch(t -> t == null || t.id() == null)) {
			throw FieldRuleException.invalid("tickets", "BulkTicketId");
		}
		if (command.action() == BulkCommand.Action.STATUS && command.to() == null) {
			throw FieldRuleException.invalid("to", "DeskStatusRequired");
		}
	}

	private Line attempt(TicketAtVersion t, Function<TicketAtVersion, Ticket> action) {
		try {
			Ticket done = action.apply(t);
			return new Line(t.id(), done.getNumber(), true, done.getVersion(), null, null);
		}
		catch (FieldRuleException ex) {
			return refused(t, ex.getRule(), this.messages.message(ex.messageKey(), ex.getArguments()));
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			return refused(t, "StaleVersion", this.messages.message("rule.StaleVersion"));
		}
		catch (AccessDeniedException ex) {
			return refused(t, "NotAllowed", this.messages.message("rule.BulkNotAllowed"));
		}
		catch (RecordNotFoundException ex) {
			return refused(t, "NotFound", this.messages.message("rule.BulkNotFound"));
		}
	}

	private Line refused(TicketAtVersion t, String rule, String message) {
		return new Line(t.id(), numberOf(t.id()), false, null, rule, message);
	}

	/**
	 * The number of a ticket the account sees, else none (its existence stays hidden).
	 */
	private String numberOf(Long id) {
		try {
			return this.tickets.get(id).getNumber();
		}
		catch (RecordNotFoundException ex) {
			return null;
		}
	}

}
