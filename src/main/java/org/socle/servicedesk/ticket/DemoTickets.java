package org.socle.servicedesk.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.servicedesk.ticket.TicketEvent.Kind;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few tickets in every state for the demo group, so that queues, the ticket page and
 * the portal (Claire Morel's requests) show something at first sign-in. Written as the
 * "system" actor, once, when the desk has no ticket yet.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(102)
class DemoTickets implements ApplicationRunner {

	private final TicketRepository tickets;

	private final TicketCommentRepository comments;

	private final Timeline timeline;

	private final PriorityMatrices matrices;

	private final DirectoryApi directory;

	private final Clock clock;

	DemoTickets(TicketRepository tickets, TicketCommentRepository comments, Timeline timeline,
			PriorityMatrices matrices, DirectoryApi directory, Clock clock) {
		this.tickets = tickets;
		this.comments = comments;
		this.timeline = timeline;
		this.matrices = matrices;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Long> teams = this.directory.teams()
			.stream()
			.collect(Collectors.toMap(TeamRef::name, TeamRef::id, (a, b) -> a));
		Optional<PersonRef> claire = this.directory.searchPeople("Morel", 5)
			.stream()
			.filter(p -> p.label().startsWith("Claire"))
			.findFirst();
		List<PersonRef> others = this.directory.searchPeople("a", 30);
		if (this.tickets.count() > 0 || claire.isEmpty() || others.size() < 6 || !teams.containsKey("Informatique GHT")
				|| !teams.containsKey("Biomédical GHT") || !teams.containsKey("Services techniques")) {
			return;
		}
		Long it = teams.get("Informatique GHT");
		Long bio = teams.get("Biomédical GHT");
		Long tech = teams.get("Services techniques");
		PersonRef nurse = claire.get();
		open(nurse, it, TicketType.INCIDENT, "L'imprimante du poste de soins ne répond plus", 2, 2, Channel.PORTAL,
				TicketStatus.NEW);
		Ticket pump = open(nurse, bio, TicketType.INCIDENT, "Pompe à perfusion : alarme occlusion sans raison", 1, 2,
				Channel.PORTAL, TicketStatus.IN_PROGRESS);
		comment(pump, "Pouvez-vous nous indiquer le numéro d'inventaire de la pompe ?", false);
		Ticket screen = open(nurse, it, TicketType.INCIDENT, "Écran du PC de la salle de soins qui clignote", 3, 3,
				Channel.PORTAL, TicketStatus.RESOLVED);
		screen.resolve("REPLACED", "Câble vidéo remplacé.", this.clock.instant());
		open(nurse, it, TicketType.SERVICE_REQUEST, "Accès au logiciel de gestion des lits pour une nouvelle IDE", 3, 2,
				Channel.PORTAL, TicketStatus.CLOSED);
		String[][] more = { { "Fuite d'eau au plafond du couloir, 2e étage", "T" },
				{ "Badge refusé à l'entrée du bloc", "T" }, { "Moniteur de surveillance : écran figé", "B" },
				{ "Messagerie inaccessible depuis ce matin", "I" }, { "Lit médicalisé bloqué en position haute", "B" },
				{ "Demande de second écran pour le secrétariat", "I" } };
		for (int i = 0; i < more.length; i++) {
			Long team = switch (more[i][1]) {
				case "T" -> tech;
				case "B" -> bio;
				default -> it;
			};
			open(others.get(i), team,
					(more[i][0].startsWith("Demande")) ? TicketType.SERVICE_REQUEST : TicketType.INCIDENT, more[i][0],
					1 + i % 3, 1 + (i + 1) % 3, Channel.PHONE, (i % 2 == 0) ? TicketStatus.NEW : TicketStatus.ASSIGNED);
		}
	}

	private Ticket open(PersonRef requester, Long teamId, TicketType type, String title, int impact, int urgency,
			Channel channel, TicketStatus reached) {
		Ticket ticket = new Ticket(type.number(this.tickets.nextNumber()), type, title, requester.id(),
				requester.establishmentId(), teamId, channel);
		ticket.prioritise(impact, urgency, this.matrices.current().priorityOf(impact, urgency));
		ticket = this.tickets.save(ticket);
		this.timeline.record(ticket, Kind.CREATED, null, TicketStatus.NEW, ticket.getNumber());
		for (TicketStatus step : pathTo(reached)) {
			if (step == TicketStatus.ASSIGNED) {
				ticket.setAssigneeId(firstMember(teamId));
				if (ticket.getAssigneeId() == null) {
					break;
				}
			}
			TicketStatus from = ticket.getStatus();
			ticket.moveTo(step);
			this.timeline.record(ticket, Kind.STATUS_CHANGED, from, step, null);
		}
		if (reached == TicketStatus.CLOSED && ticket.getStatus() == TicketStatus.CLOSED) {
			ticket.resolve("DONE", "Accès ouvert.", this.clock.instant());
			ticket.close(this.clock.instant());
		}
		return this.tickets.save(ticket);
	}

	private static List<TicketStatus> pathTo(TicketStatus reached) {
		return switch (reached) {
			case ASSIGNED -> List.of(TicketStatus.ASSIGNED);
			case IN_PROGRESS -> List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS);
			case RESOLVED -> List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED);
			case CLOSED ->
				List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED);
			default -> List.of();
		};
	}

	private Long firstMember(Long teamId) {
		return this.directory.searchPeople("a", 200)
			.stream()
			.filter(p -> this.directory.isTeamMember(p.id(), teamId))
			.map(PersonRef::id)
			.findFirst()
			.orElse(null);
	}

	private void comment(Ticket ticket, String body, boolean internal) {
		TicketComment comment = this.comments
			.save(new TicketComment(ticket.getId(), null, "system", body, internal, this.clock.instant()));
		this.timeline.recordComment(ticket, comment);
	}

}
