package org.socle.inventory.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.InventoryFixtures.AssetRow;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.inventory.notice.NoticeTestSupport.criterion;
import static org.socle.inventory.notice.NoticeTestSupport.json;
import static org.socle.inventory.notice.NoticeTestSupport.model;
import static org.socle.inventory.notice.NoticeTestSupport.range;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Following a notice up: matching again keeps what was done, actions and confirmations,
 * work orders, completion per establishment, closing, and who sees which devices.
 */
@SocleIntegrationTest
class NoticeFollowUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	private NoticeTestSupport support;

	private Establishment a;

	private Establishment b;

	private Team teamA;

	private Team teamB;

	private UserAccount admin;

	private long category;

	private long pump;

	private String u;

	@BeforeEach
	void world() {
		this.support = new NoticeTestSupport(this.mvc, this.fixtures, this.jdbc);
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.teamA = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.teamB = this.fixtures.team(this.b, TeamKind.BIOMEDICAL);
		this.admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		this.category = this.inventory.category("MEDICAL_DEVICE");
		this.pump = this.inventory.model(this.category, "Pompe " + Fixtures.unique(), null);
		this.u = NoticeTestSupport.token();
	}

	private long asset(Establishment establishment, Team team, String serial) {
		return this.inventory.asset(new AssetRow(establishment.getId(), team.getId(), this.category, this.pump, serial,
				null, "IN_SERVICE", LocalDate.of(2022, 5, 1)));
	}

	private JsonNode act(long notice, JsonNode row, String status, String note, boolean workOrder) throws Exception {
		return this.support.call(this.admin,
				json(post("/api/v1/safety-notices/{id}/affected-assets/{a}/action", notice, row.get("id").asLong()),
						Map.of("status", status, "note", note, "openWorkOrder", workOrder, "version",
								row.get("version").asLong())),
				200);
	}

	@Test
	void matchingAgainAfterTheScopeGrowsAddsTheNewDevicesAndKeepsWhatWasDone() throws Exception {
		long first = asset(this.a, this.teamA, this.u + "10");
		long second = asset(this.a, this.teamA, this.u + "20");
		long notice = this.support.notice(this.admin, this.a.getId(), null);
		this.support.criteria(this.admin, notice, List.of(model(this.pump), criterion("SERIAL", this.u + "10")));
		this.support.match(this.admin, notice);
		JsonNode done = act(notice, this.support.affected(this.admin, notice).get(first), "QUARANTINED",
				"Retiré du service", true);

		this.support.criteria(this.admin, notice, List.of(criterion("SERIAL", this.u + "20")));
		JsonNode again = this.support.match(this.admin, notice);
		JsonNode thirdRun = this.support.match(this.admin, notice);

		Map<Long, JsonNode> found = this.support.affected(this.admin, notice);
		assertThat(found).containsOnlyKeys(first, second);
		assertThat(again.get("added").asInt()).isEqualTo(1);
		assertThat(thirdRun.get("added").asInt()).isZero();
		assertThat(found.get(first).get("actionStatus").asString()).isEqualTo("QUARANTINED");
		assertThat(found.get(first).get("actionNote").asString()).isEqualTo("Retiré du service");
		assertThat(found.get(first).get("workOrderNumber").asString()).isEqualTo(
				this.jdbc.sql("select number from inv_work_order where id = :id and type = 'SAFETY_NOTICE_ACTION'")
					.param("id", done.get("workOrderId").asLong())
					.query(String.class)
					.single());
		assertThat(found.get(second).get("actionStatus").asString()).isEqualTo("TO_CHECK");
	}

	@Test
	void aCriterionRemovedLeavesItsDevicesOutOfScopeWithTheirProgress() throws Exception {
		long device = asset(this.a, this.teamA, this.u + "10");
		long notice = this.support.notice(this.admin, this.a.getId(), null);
		this.support.criteria(this.admin, notice, List.of(model(this.pump), criterion("SERIAL", this.u + "10")));
		this.support.match(this.admin, notice);
		act(notice, this.support.affected(this.admin, notice).get(device), "CHECKED", "Clamp vérifié", false);
		long serialCriterion = this.support.call(this.admin, get("/api/v1/safety-notices/{id}/criteria", notice), 200)
			.valueStream()
			.filter(c -> c.get("kind").asString().equals("SERIAL"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		this.support.call(this.admin, delete("/api/v1/safety-notices/{id}/criteria/{c}", notice, serialCriterion), 204);
		this.support.criteria(this.admin, notice, List.of(criterion("SERIAL", this.u + "99")));

		JsonNode result = this.support.match(this.admin, notice);

		JsonNode row = this.support.affected(this.admin, notice).get(device);
		assertThat(result.get("noLongerMatched").asInt()).isEqualTo(1);
		assertThat(row.get("inScope").asBoolean()).isFalse();
		assertThat(row.get("actionStatus").asString()).isEqualTo("CHECKED");
	}

	@Test
	void completionCountsEachEstablishmentsDevicesByActionAndClosingWaitsForThemUnlessForced() throws Exception {
		long a1 = asset(this.a, this.teamA, this.u + "1");
		long a2 = asset(this.a, this.teamA, this.u + "2");
		long a3 = asset(this.a, this.teamA, this.u + "3");
		long b1 = asset(this.b, this.teamB, this.u + "4");
		long unsure = this.inventory.asset(new AssetRow(this.b.getId(), this.teamB.getId(), this.category, null,
				this.u + "5", null, "IN_SERVICE", null));
		long notice = this.support.notice(this.admin, null, null);
		this.support.criteria(this.admin, notice, List.of(model(this.pump), range(this.u + "1", this.u + "5")));
		this.support.match(this.admin, notice);
		Map<Long, JsonNode> found = this.support.affected(this.admin, notice);
		act(notice, found.get(a1), "CORRECTED", "Mise à jour logicielle", false);
		act(notice, found.get(a2), "NOT_AFFECTED", "Étiquette hors périmètre", false);
		act(notice, found.get(a3), "QUARANTINED", "", false);
		this.support.call(this.admin,
				json(post("/api/v1/safety-notices/{id}/affected-assets/{x}/decision", notice,
						found.get(unsure).get("id").asLong()),
						Map.of("confirmed", false, "note", "Autre produit", "version", 0)),
				200);

		JsonNode completion = this.support.call(this.admin, get("/api/v1/safety-notices/{id}/completion", notice), 200);

		JsonNode ofA = completion.valueStream()
			.filter(r -> r.get("establishmentId").asLong() == this.a.getId())
			.findFirst()
			.orElseThrow();
		JsonNode ofB = completion.valueStream()
			.filter(r -> r.get("establishmentId").asLong() == this.b.getId())
			.findFirst()
			.orElseThrow();
		assertThat(ofA.get("total").asInt()).isEqualTo(3);
		assertThat(ofA.get("corrected").asInt()).isEqualTo(1);
		assertThat(ofA.get("notAffected").asInt()).isEqualTo(1);
		assertThat(ofA.get("quarantined").asInt()).isEqualTo(1);
		assertThat(ofA.get("resolved").asInt()).isEqualTo(2);
		assertThat(ofA.get("percentDone").asInt()).isEqualTo(66);
		assertThat(ofB.get("total").asInt()).as("the rejected match no longer counts").isEqualTo(1);
		assertThat(ofB.get("toCheck").asInt()).isEqualTo(1);
		assertThat(b1).isPositive();

		long version = this.support.call(this.admin, get("/api/v1/safety-notices/{id}", notice), 200)
			.get("version")
			.asLong();
		JsonNode refused = this.support.call(this.admin, json(post("/api/v1/safety-notices/{id}/close", notice),
				Map.of("version", version, "note", "Fini", "force", false)), 400);
		assertThat(refused.toString()).contains("NoticeUnresolved");
		JsonNode closed = this.support.call(this.admin,
				json(post("/api/v1/safety-notices/{id}/close", notice),
						Map.of("version", version, "note", "Fournisseur en rupture : suivi par la CME", "force", true)),
				200);
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("forcedClose").asBoolean()).isTrue();
	}

	@Test
	void aReaderOfOneEstablishmentSeesOnlyItsDevicesAndTheOthersAsCounts() throws Exception {
		long mine = asset(this.a, this.teamA, this.u + "1");
		long theirs = asset(this.b, this.teamB, this.u + "2");
		long notice = this.support.notice(this.admin, null, null);
		this.support.criteria(this.admin, notice, List.of(model(this.pump)));
		this.support.match(this.admin, notice);
		UserAccount agentOfA = this.fixtures.teamAccount(Role.AGENT, this.teamA);
		UserAccount agentOfB = this.fixtures.teamAccount(Role.AGENT, this.teamB);

		Map<Long, JsonNode> seen = this.support.affected(agentOfA, notice);
		JsonNode completion = this.support.call(agentOfA, get("/api/v1/safety-notices/{id}/completion", notice), 200);

		assertThat(seen).containsOnlyKeys(mine);
		assertThat(completion.valueStream()
			.map(r -> r.get("establishmentId").isNull() ? null : r.get("establishmentId").asLong()))
			.containsExactlyInAnyOrder(this.a.getId(), null);
		assertThat(this.support.affected(agentOfB, notice)).containsOnlyKeys(theirs);
		this.support.call(agentOfA,
				json(post("/api/v1/safety-notices/{id}/affected-assets/{x}/action", notice,
						this.support.affected(this.admin, notice).get(theirs).get("id").asLong()),
						Map.of("status", "CHECKED", "version", 0)),
				404);
	}

	@Test
	void anEstablishmentNoticeIsSeenByTheOtherEstablishmentOnceItFindsOneOfItsDevices() throws Exception {
		asset(this.b, this.teamB, this.u + "1");
		UserAccount adminOfA = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a);
		UserAccount agentOfB = this.fixtures.teamAccount(Role.AGENT, this.teamB);
		long notice = this.support.notice(adminOfA, this.a.getId(), null);
		this.support.criteria(adminOfA, notice, List.of(model(this.pump)));
		this.support.call(agentOfB, get("/api/v1/safety-notices/{id}", notice), 404);

		this.support.match(adminOfA, notice);

		this.support.call(agentOfB, get("/api/v1/safety-notices/{id}", notice), 200);
		assertThat(this.support.affected(adminOfA, notice)).isEmpty();
		this.support.call(agentOfB, post("/api/v1/safety-notices/{id}/match", notice), 403);
	}

	@Test
	void theNoticePagesShowTheMatchesWhyAndTheCompletion() throws Exception {
		long device = asset(this.a, this.teamA, this.u + "7");
		long notice = this.support.notice(this.admin, this.a.getId(), null);
		this.support.criteria(this.admin, notice, List.of(model(this.pump), criterion("SERIAL", this.u + "7")));
		this.support.match(this.admin, notice);

		String page = this.mvc.perform(this.fixtures.as(this.admin, get("/inventory/notices/{id}", notice)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String card = this.mvc
			.perform(this.fixtures.as(this.admin, get("/inventory/assets/{id}/safety-notices", device)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("affected-").contains(this.u + "7").contains("id=\"completion\"");
		assertThat(card).contains("/inventory/notices/" + notice);
	}

}
