package org.socle.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The escalation sweep: states, warnings once, and two sweeps at once. */
@SocleIntegrationTest
class SlaSweepTests {

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

	SlaWorld w;

	@BeforeEach
	void world() {
		this.w = new SlaWorld(this.mvc, this.fixtures, this.json);
	}

	private long slaMails(long ticketId) {
		return this.jdbc.sql("select count(*) from sd_mail_outbox where ticket_id = ? and subject like '%Délai%'")
			.param(ticketId)
			.query(Long.class)
			.single();
	}

	private String ticketState(long ticketId) {
		return this.jdbc.sql("select sla_state from sd_ticket where id = ?")
			.param(ticketId)
			.query(String.class)
			.single();
	}

	private long timelineLines(long ticketId) {
		return this.jdbc.sql("select count(*) from sd_ticket_event where ticket_id = ? and kind = 'SLA_ESCALATED'")
			.param(ticketId)
			.query(Long.class)
			.single();
	}

	@Test
	void aClockPastItsShareIsAtRiskAndWarnsTheAssigneeAndTheLeadOnceHoweverOftenTheSweepRuns() throws Exception {
		this.w.agreement(false);
		long id = this.w.ticket().get("id").asLong();
		this.w.assign(id);
		Instant started = Instant.parse(this.w.current(id, "RESOLUTION").get("startedAt").asText());

		this.sweep.sweep(started.plus(Duration.ofMinutes(100)));
		assertThat(ticketState(id)).isEqualTo("ON_TRACK");
		assertThat(slaMails(id)).isZero();

		Instant atRisk = started.plus(Duration.ofMinutes(400));
		this.sweep.sweep(atRisk);
		assertThat(ticketState(id)).isEqualTo("AT_RISK");
		assertThat(this.w.current(id, "RESOLUTION").get("state").asText()).isEqualTo("AT_RISK");
		assertThat(slaMails(id)).isEqualTo(2);
		this.sweep.sweep(atRisk);
		this.sweep.sweep(atRisk.plus(Duration.ofMinutes(1)));
		assertThat(slaMails(id)).isEqualTo(2);
		assertThat(timelineLines(id)).isEqualTo(1);

		this.sweep.sweep(started.plus(Duration.ofMinutes(500)));
		assertThat(ticketState(id)).isEqualTo("BREACHED");
		assertThat(slaMails(id)).isEqualTo(4);
		this.sweep.sweep(started.plus(Duration.ofMinutes(600)));
		assertThat(slaMails(id)).isEqualTo(4);
		assertThat(timelineLines(id)).isEqualTo(2);
	}

	@Test
	void aBreachReassignsTheTicketToTheLeadWhenTheAgreementSaysSo() throws Exception {
		var body = SlaWorld.agreementBody(this.w.team.getId(), false, 480);
		body.put("reassignOnBreach", true);
		this.w.as(this.w.lead, this.w.json(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/agreements"), body));
		long id = this.w.ticket().get("id").asLong();
		this.w.assign(id);
		Instant started = Instant.parse(this.w.current(id, "RESOLUTION").get("startedAt").asText());
		this.sweep.sweep(started.plus(Duration.ofMinutes(481)));
		assertThat(this.w.get(this.w.agent, "/api/v1/tickets/{id}", id).get("assigneeId").asLong())
			.isEqualTo(this.w.lead.getPerson().getId());
	}

	@Test
	void twoSweepsAtOnceAgainstTheSameDatabaseWarnOnce() throws Exception {
		this.w.agreement(false);
		long id = this.w.ticket().get("id").asLong();
		Instant late = Instant.parse(this.w.current(id, "RESOLUTION").get("startedAt").asText())
			.plus(Duration.ofHours(9));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<SlaSweep.Result>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					go.await();
					return this.sweep.sweep(late);
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
		// Both clocks (response and resolution) breached; the lead is the only one to
		// warn.
		assertThat(this.jdbc.sql("select count(*) from sd_sla_escalation where ticket_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(slaMails(id)).isEqualTo(2);
		assertThat(timelineLines(id)).isEqualTo(2);
		assertThat(ticketState(id)).isEqualTo("BREACHED");
	}

}
