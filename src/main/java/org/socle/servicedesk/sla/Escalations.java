package org.socle.servicedesk.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.servicedesk.mail.outbox.MailQueue;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.TicketService;
import org.socle.servicedesk.ticket.Timeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes the escalation rows the sweep added, each in its own transaction, claimed
 * with "for update skip locked" (two nodes never take the same row): mails to the
 * assignee and the team's leads (at risk: a warning; breached: an escalation), the ticket
 * reassigned to a lead when the agreement says so, a timeline line, and the row marked
 * processed. A row whose processing fails stays for the next sweep.
 */
@Component
class Escalations {

	private static final Logger log = LoggerFactory.getLogger(Escalations.class);

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(ZoneId.systemDefault());

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TicketRepository tickets;

	private final TicketService ticketService;

	private final SlaClockRepository clocks;

	private final AgreementRepository agreements;

	private final DirectoryApi directory;

	private final MailQueue mails;

	private final Timeline timeline;

	private final SlaMarks marks;

	Escalations(JdbcClient jdbc, TransactionTemplate transactions, TicketRepository tickets,
			TicketService ticketService, SlaClockRepository clocks, AgreementRepository agreements,
			DirectoryApi directory, MailQueue mails, Timeline timeline, SlaMarks marks) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.tickets = tickets;
		this.ticketService = ticketService;
		this.clocks = clocks;
		this.agreements = agreements;
		this.directory = directory;
		this.mails = mails;
		this.timeline = timeline;
		this.marks = marks;
	}

	/**
	 * Processes every pending row (oldest first); returns how many this call processed.
	 */
	int processPending(Instant now) {
		int processed = 0;
		long after = 0;
		while (true) {
			long from = after;
			Long done;
			try {
				done = this.transactions.execute(status -> processNext(from, now));
			}
			catch (RuntimeException ex) {
				Long failed = nextPendingId(from);
				log.warn("SLA escalation {} failed; left for the next sweep", failed, ex);
				if (failed == null) {
					break;
				}
				after = failed;
				continue;
			}
			if (done == null) {
				break;
			}
			after = done;
			processed++;
		}
		return processed;
	}

	/**
	 * Claims and processes the next pending row after the id.
	 * @return its id, or null when none is left
	 */
	private Long processNext(long after, Instant now) {
		Optional<Pending> claimed = this.jdbc.sql("""
				select id, clock_id, ticket_id, level from sd_sla_escalation
				where processed_at is null and id > ? order by id limit 1 for update skip locked""")
			.param(after)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.optional();
		if (claimed.isEmpty()) {
			return null;
		}
		Pending row = claimed.get();
		process(row, now);
		return row.id();
	}

	private void process(Pending row, Instant now) {
		Ticket ticket = this.tickets.findById(row.ticketId()).orElseThrow();
		SlaClock clock = this.clocks.findById(row.clockId()).orElseThrow();
		int warned = 0;
		Long reassignedTo = null;
		if (ticket.getStatus().isOpen() && clock.isCurrent()) {
			Map<Long, String> people = recipients(ticket);
			String template = "BREACHED".equals(row.level()) ? "sla-breached" : "sla-at-risk";
			Agreement agreement = this.agreements.findById(clock.getAgreementId()).orElse(null);
			Map<String, Object> variables = Map.of("clockKind", clock.getKind().name(), "due",
					(clock.getDueAt() != null) ? DUE.format(clock.getDueAt()) : "-", "agreement",
					(agreement != null) ? agreement.getName() : "-");
			for (Long personId : people.keySet()) {
				warned += this.mails.toPerson(template, ticket, personId, variables) ? 1 : 0;
			}
			if ("BREACHED".equals(row.level()) && agreement != null && agreement.isReassignOnBreach()) {
				reassignedTo = reassignToLead(ticket);
			}
			this.timeline.record(ticket, TicketEvent.Kind.SLA_ESCALATED, clock.getKind(), row.level(),
					String.join(", ", people.values()));
			this.marks.update(ticket.getId(), this.clocks.currentOf(ticket.getId()));
		}
		this.jdbc.sql("update sd_sla_escalation set processed_at = ?, warned = ?, reassigned_to = ? where id = ?")
			.params(java.sql.Timestamp.from(now), warned, reassignedTo, row.id())
			.update();
	}

	/** The assignee and the team's leads, once each, with their names. */
	private Map<Long, String> recipients(Ticket ticket) {
		Map<Long, String> people = new LinkedHashMap<>();
		this.directory.person(ticket.getAssigneeId()).ifPresent(p -> people.put(p.id(), p.label()));
		for (PersonRef lead : this.directory.teamLeads(ticket.getTeamId())) {
			people.putIfAbsent(lead.id(), lead.label());
		}
		return people;
	}

	private Long reassignToLead(Ticket ticket) {
		var leads = this.directory.teamLeads(ticket.getTeamId());
		if (leads.stream().anyMatch(lead -> lead.id().equals(ticket.getAssigneeId()))) {
			return null;
		}
		return leads.stream()
			.findFirst()
			.filter(lead -> this.ticketService.assignBySystem(ticket.getId(), lead.id()))
			.map(PersonRef::id)
			.orElse(null);
	}

	private Long nextPendingId(long after) {
		return this.jdbc.sql("select min(id) from sd_sla_escalation where processed_at is null and id > ?")
			.param(after)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private record Pending(long id, long clockId, long ticketId, String level) {
	}

}
