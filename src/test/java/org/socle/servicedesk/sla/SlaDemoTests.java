package org.socle.servicedesk.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo group's service levels, and the clocks of its demo tickets. */
@SocleIntegrationTest
class SlaDemoTests {

	private static final String PUMP = "Pompe à perfusion : alarme occlusion sans raison";

	private static final String MAIL = "Messagerie inaccessible depuis ce matin";

	private static final String LEAK = "Fuite d'eau au plafond du couloir, 2e étage";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SlaDemo demo;

	@Autowired
	SlaSweep sweep;

	@Test
	void theDemoTeamsHaveDefaultOlasAndTheDemoServicesTheirSlaUcAnd247Sla() {
		Map<String, String> kinds = this.jdbc.sql("""
				select a.name, a.kind || case when a.service_id is null then ' default' else ' service' end
				       || case when c.always_open then ' 24/7' else '' end
				from sd_agreement a join sd_calendar c on c.id = a.calendar_id
				where a.name in ('OLA Informatique GHT (par défaut)', 'OLA Biomédical GHT (par défaut)',
				    'OLA Services techniques (par défaut)', 'SLA Poste de travail', 'Contrat prestataire messagerie',
				    'SLA Maintenance biomédicale 24/7')""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		assertThat(kinds).containsEntry("OLA Informatique GHT (par défaut)", "OLA default")
			.containsEntry("OLA Biomédical GHT (par défaut)", "OLA default")
			.containsEntry("OLA Services techniques (par défaut)", "OLA default")
			.containsEntry("SLA Poste de travail", "SLA service")
			.containsEntry("Contrat prestataire messagerie", "UC service")
			.containsEntry("SLA Maintenance biomédicale 24/7", "SLA service 24/7");
	}

	@Test
	void everyOpenDemoTicketHasItsClocksAndTheLateOnesAreFlaggedByTheSweep() {
		List<String> open = List.of("L'imprimante du poste de soins ne répond plus", PUMP, LEAK,
				"Badge refusé à l'entrée du bloc", "Moniteur de surveillance : écran figé", MAIL,
				"Lit médicalisé bloqué en position haute", "Demande de second écran pour le secrétariat");
		assertThat(this.jdbc.sql("""
				select count(distinct t.title) from sd_ticket t where t.created_by = 'system' and t.title in (:titles)
				and exists (select 1 from sd_sla_clock c where c.ticket_id = t.id and c.current)""")
			.param("titles", open)
			.query(Long.class)
			.single()).isEqualTo((long) open.size());
		Instant now = Instant.now();
		assertThat(instant(resolutionClock(PUMP).get("at_risk_at"))).isBefore(now);
		assertThat(instant(resolutionClock(MAIL).get("due_at"))).isBefore(now);
		assertThat(instant(resolutionClock(LEAK).get("due_at"))).isBefore(now);

		this.sweep.sweep(now);
		assertThat(state(PUMP)).isIn("AT_RISK", "BREACHED");
		assertThat(state(MAIL)).isEqualTo("BREACHED");
		assertThat(state(LEAK)).isEqualTo("BREACHED");
	}

	@Test
	void theDemoServiceLevelsAreLoadedOnce() {
		long agreements = count("select count(*) from sd_agreement");
		long clocks = count("select count(*) from sd_sla_clock");
		this.demo.run(null);
		assertThat(count("select count(*) from sd_agreement")).isEqualTo(agreements);
		assertThat(count("select count(*) from sd_sla_clock")).isEqualTo(clocks);
	}

	private Map<String, Object> resolutionClock(String title) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select c.at_risk_at, c.due_at from sd_sla_clock c join sd_ticket t on t.id = c.ticket_id
				where t.title = ? and t.created_by = 'system' and c.current and c.kind = 'RESOLUTION'""")
			.param(title)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static Instant instant(Object timestamp) {
		assertThat(timestamp).isInstanceOf(Timestamp.class);
		return ((Timestamp) timestamp).toInstant();
	}

	private String state(String title) {
		return this.jdbc.sql("select sla_state from sd_ticket where title = ? and created_by = 'system'")
			.param(title)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
