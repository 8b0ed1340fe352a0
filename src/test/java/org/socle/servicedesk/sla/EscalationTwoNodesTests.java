package org.socle.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation sweep run by two instances of the application against one database at
 * the same instant: each late clock is warned once, whichever node takes it.
 */
@SocleIntegrationTest
class EscalationTwoNodesTests {

	private static final int TICKETS = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	SlaSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void twoApplicationInstancesSweepingOneDatabaseWarnEachLateClockOnce() throws Exception {
		SlaWorld w = new SlaWorld(this.mvc, this.fixtures, this.json);
		w.agreement(false);
		List<Long> tickets = new ArrayList<>();
		for (int i = 0; i < TICKETS; i++) {
			tickets.add(w.ticket().get("id").asLong());
		}
		// P3 on the 24/7 calendar: response 120 min, resolution 480 min, at risk from 75
		// %.
		Instant started = Instant.parse(w.current(tickets.get(0), "RESOLUTION").get("startedAt").asText());
		try (SecondNode other = SecondNode.on(this.dataSource)) {
			SlaSweep second = other.bean(SlaSweep.class);
			// Response breached, resolution at risk.
			bothAtOnce(this.sweep, second, started.plus(Duration.ofMinutes(400)));
			// Resolution breached.
			bothAtOnce(this.sweep, second, started.plus(Duration.ofHours(9)));
		}
		for (Long id : tickets) {
			assertThat(escalations(id)).containsExactlyInAnyOrder("RESPONSE/BREACHED", "RESOLUTION/AT_RISK",
					"RESOLUTION/BREACHED");
			assertThat(count("select count(*) from sd_sla_escalation where ticket_id = ? and processed_at is null", id))
				.isZero();
			assertThat(count("select count(*) from sd_ticket_event where ticket_id = ? and kind = 'SLA_ESCALATED'", id))
				.isEqualTo(3);
			// Nobody is assigned: the lead alone is warned, once per escalation.
			assertThat(count("select count(*) from sd_mail_outbox where ticket_id = ? and subject like '%Délai%'", id))
				.isEqualTo(3);
			assertThat(this.jdbc.sql("select sla_state from sd_ticket where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("BREACHED");
		}
	}

	/** Both nodes sweep as of the instant, released together. */
	private static void bothAtOnce(SlaSweep first, SlaSweep second, Instant at) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<SlaSweep.Result>> runs = new ArrayList<>();
			for (SlaSweep node : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					go.await();
					return node.sweep(at);
				}));
			}
			go.countDown();
			for (Future<SlaSweep.Result> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private List<String> escalations(long ticketId) {
		return this.jdbc.sql("""
				select c.kind || '/' || e.level from sd_sla_escalation e join sd_sla_clock c on c.id = e.clock_id
				where e.ticket_id = ?""").param(ticketId).query(String.class).list();
	}

	private long count(String sql, long ticketId) {
		return this.jdbc.sql(sql).param(ticketId).query(Long.class).single();
	}

}
