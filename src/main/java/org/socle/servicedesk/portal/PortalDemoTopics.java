package org.socle.servicedesk.portal;

import java.util.Map;
import java.util.stream.Collectors;

import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.servicedesk.ticket.TicketType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo group's portal choices, routed to the demo teams (found by their names), when
 * no topic exists yet.
 */
@Component
@ConditionalOnProperty(name = "socle.demo-data", havingValue = "true")
@Order(101)
class PortalDemoTopics implements ApplicationRunner {

	private final PortalTopicRepository topics;

	private final DirectoryApi directory;

	PortalDemoTopics(PortalTopicRepository topics, DirectoryApi directory) {
		this.topics = topics;
		this.directory = directory;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Long> teams = this.directory.teams()
			.stream()
			.collect(Collectors.toMap(TeamRef::name, TeamRef::id, (a, b) -> a));
		Long it = teams.get("Informatique GHT");
		Long biomedical = teams.get("Biomédical GHT");
		Long technical = teams.get("Services techniques");
		if (this.topics.count() > 0 || it == null || biomedical == null || technical == null) {
			return;
		}
		add(10, it, TicketType.INCIDENT, "pc-display", "Mon ordinateur, une imprimante ou un logiciel ne marche pas",
				"Computer, printer or software not working", "Écran noir, lenteur, message d'erreur, impression…",
				"Black screen, slowness, error message, printing…");
		add(20, biomedical, TicketType.INCIDENT, "heart-pulse", "Un appareil médical est en panne ou inquiétant",
				"A medical device is broken or worrying", "Pompe, moniteur, pousse-seringue, lit médicalisé…",
				"Pump, monitor, syringe driver, medical bed…");
		add(30, technical, TicketType.INCIDENT, "building", "Bâtiment : chauffage, eau, électricité, porte",
				"Building: heating, water, power, door", "Fuite, panne d'éclairage, porte bloquée, température…",
				"Leak, lights out, stuck door, temperature…");
		add(40, it, TicketType.SERVICE_REQUEST, "person-badge", "J'ai besoin d'un accès ou d'un compte",
				"I need an access or an account", "Nouvel arrivant, droits sur un logiciel, messagerie…",
				"Newcomer, software rights, mailbox…");
		add(50, it, TicketType.SERVICE_REQUEST, "box-seam", "Je voudrais du matériel informatique",
				"I would like IT equipment", "Poste, écran, téléphone, lecteur de badge…",
				"Computer, screen, phone, badge reader…");
	}

	private void add(int position, Long teamId, TicketType type, String icon, String labelFr, String labelEn,
			String hintFr, String hintEn) {
		PortalTopicForm form = new PortalTopicForm();
		form.setTeamId(teamId);
		form.setType(type);
		form.setIcon(icon);
		form.setLabelFr(labelFr);
		form.setLabelEn(labelEn);
		form.setHintFr(hintFr);
		form.setHintEn(hintEn);
		form.setPosition(position);
		this.topics.save(new PortalTopic(form));
	}

}
