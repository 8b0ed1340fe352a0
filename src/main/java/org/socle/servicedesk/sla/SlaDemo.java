package org.socle.servicedesk.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.servicedesk.calendar.CalendarChoices;
import org.socle.servicedesk.calendar.CalendarChoices.CalendarChoice;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.servicedesk.ticket.TicketStatus;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's service levels, when no agreement exists yet: a default OLA for each
 * demo team and an SLA on the workstation service (office hours in France), a supplier's
 * contract (UC) on the e-mail service, a 24/7 SLA on biomedical maintenance. Then the
 * open demo tickets get their clocks from their opening: a few are first aged and filed
 * under their service (demo only) so that one is at risk and two are breached, which the
 * next escalation sweep finds and flags.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(112)
class SlaDemo implements ApplicationRunner {

	static final String IT = "Informatique GHT";

	static final String BIOMEDICAL = "Biomédical GHT";

	static final String TECHNICAL = "Services techniques";

	private final AgreementRepository agreements;

	private final CalendarChoices calendars;

	private final DirectoryApi directory;

	private final TicketRepository tickets;

	private final SlaClocks clocks;

	private final JdbcClient jdbc;

	private final Clock clock;

	SlaDemo(AgreementRepository agreements, CalendarChoices calendars, DirectoryApi directory, TicketRepository tickets,
			SlaClocks clocks, JdbcClient jdbc, Clock clock) {
		this.agreements = agreements;
		this.calendars = calendars;
		this.directory = directory;
		this.tickets = tickets;
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Long> teams = this.directory.teams()
			.stream()
			.collect(Collectors.toMap(TeamRef::name, TeamRef::id, (a, b) -> a));
		Optional<Long> office = calendar(false);
		Optional<Long> always = calendar(true);
		Optional<Long> workstation = service("Poste de travail");
		Optional<Long> mail = service("Messagerie");
		Optional<Long> biomedical = service("Maintenance biomédicale");
		if (this.agreements.count() > 0 || !teams.keySet().containsAll(List.of(IT, BIOMEDICAL, TECHNICAL))
				|| office.isEmpty() || always.isEmpty() || workstation.isEmpty() || mail.isEmpty()
				|| biomedical.isEmpty()) {
			return;
		}
		for (String team : List.of(IT, BIOMEDICAL, TECHNICAL)) {
			save(AgreementKind.OLA, "OLA " + team + " (par défaut)", teams.get(team), null, office.get(),
					new int[][] { { 60, 480 }, { 120, 960 }, { 240, 1440 }, { 480, 2400 }, { 960, 4800 } });
		}
		save(AgreementKind.SLA, "SLA Poste de travail", teams.get(IT), workstation.get(), office.get(),
				new int[][] { { 30, 240 }, { 60, 480 }, { 120, 960 }, { 240, 1920 }, { 480, 2880 } });
		save(AgreementKind.UC, "Contrat prestataire messagerie", teams.get(IT), mail.get(), office.get(),
				new int[][] { { 30, 240 }, { 60, 480 }, { 240, 960 }, { 480, 1920 }, { 960, 2880 } });
		Agreement critical = save(AgreementKind.SLA, "SLA Maintenance biomédicale 24/7", teams.get(BIOMEDICAL),
				biomedical.get(), always.get(),
				new int[][] { { 15, 120 }, { 30, 240 }, { 60, 480 }, { 120, 960 }, { 240, 1440 } });
		this.agreements.flush();
		Duration longAgo = Duration.ofDays(14);
		age("Pompe à perfusion : alarme occlusion sans raison", biomedical.get(), atRiskAge(critical, 2));
		age("Messagerie inaccessible depuis ce matin", mail.get(), longAgo);
		age("Fuite d'eau au plafond du couloir, 2e étage", null, longAgo);
		age("Demande de second écran pour le secrétariat", workstation.get(), Duration.ZERO);
		startClocks();
	}

	/**
	 * Four fifths of the agreement's resolution target of the priority (24/7): past the
	 * at-risk share (three quarters), not yet due.
	 */
	private static Duration atRiskAge(Agreement agreement, int priority) {
		return Duration.ofMinutes(agreement.targetFor(priority).orElseThrow().getResolutionMinutes() * 4L / 5);
	}

	private Agreement save(AgreementKind kind, String name, Long teamId, Long serviceId, Long calendarId,
			int[][] minutes) {
		AgreementForm form = new AgreementForm();
		form.setKind(kind);
		form.setName(name);
		form.setTeamId(teamId);
		form.setServiceId(serviceId);
		form.setCalendarId(calendarId);
		form.setAtRiskPercent(75);
		form.setValidFrom(LocalDate.now(this.clock).minusYears(1));
		for (int p = 0; p < minutes.length; p++) {
			form.getTargets().add(new AgreementForm.Target(p + 1, minutes[p][0], minutes[p][1]));
		}
		return this.agreements.save(new Agreement(form));
	}

	/**
	 * Demo only: the ticket (found by its title) was opened that long ago, as its whole
	 * timeline, and about that service (when given).
	 */
	private void age(String title, Long serviceId, Duration age) {
		Optional<Long> id = this.jdbc.sql("select id from sd_ticket where title = ? order by id limit 1")
			.param(title)
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			return;
		}
		double seconds = age.getSeconds();
		for (String sql : List.of(
				"update sd_ticket set created_at = created_at - make_interval(secs => ?) where id = ?",
				"update sd_ticket_event set at = at - make_interval(secs => ?) where ticket_id = ?",
				"update sd_comment set created_at = created_at - make_interval(secs => ?) where ticket_id = ?")) {
			this.jdbc.sql(sql).params(seconds, id.get()).update();
		}
		if (serviceId != null) {
			this.jdbc.sql("update sd_ticket set service_id = ? where id = ?").params(serviceId, id.get()).update();
		}
	}

	/**
	 * Each open demo ticket (written by the system) without clocks: started at its
	 * opening, the response clock stopped at its first status change (the demo tickets
	 * were taken at once).
	 */
	private void startClocks() {
		List<Long> open = this.jdbc
			.sql("""
					select t.id from sd_ticket t where t.created_by = 'system'
					and t.status not in ('RESOLVED', 'CLOSED', 'CANCELLED') and not exists (select 1 from sd_sla_clock c where c.ticket_id = t.id and c.current) order by t.id""")
			.query(Long.class)
			.list();
		for (Long id : open) {
			Ticket ticket = this.tickets.findById(id).orElseThrow();
			this.clocks.start(ticket, ticket.getCreatedAt());
			if (ticket.getStatus() != TicketStatus.NEW) {
				this.clocks.answered(ticket, firstStatusChange(id).orElse(ticket.getCreatedAt()));
			}
		}
	}

	private Optional<Instant> firstStatusChange(Long ticketId) {
		return this.jdbc.sql("select at from sd_ticket_event where ticket_id = ? and kind = ? order by at, id limit 1")
			.params(ticketId, TicketEvent.Kind.STATUS_CHANGED.name())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	private Optional<Long> calendar(boolean alwaysOpen) {
		return this.calendars.active()
			.stream()
			.filter(c -> c.alwaysOpen() == alwaysOpen)
			.filter(c -> alwaysOpen || c.name().contains("France"))
			.map(CalendarChoice::id)
			.findFirst();
	}

	private Optional<Long> service(String nameFr) {
		return this.jdbc.sql("select id from sd_service where name_fr = ? order by id limit 1")
			.param(nameFr)
			.query(Long.class)
			.optional();
	}

}
