package org.socle.inventory.workorder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.inventory.AssetBlock;
import org.socle.inventory.InventoryApi;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class WorkOrderFlowTests {

	private static final String API = "/api/v1/work-orders";

	private static final String ASSETS = "/api/v1/assets";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	WorkOrderOpener opener;

	@Autowired
	InventoryApi inventoryApi;

	@Autowired
	JdbcClient jdbc;

	private Establishment establishment;

	private Team team;

	private UserAccount agent;

	private long category;

	@BeforeEach
	void world() {
		this.establishment = this.fixtures.establishment();
		this.team = this.fixtures.team(this.establishment, TeamKind.TECHNICAL);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
		this.category = this.inventory.category("MEDICAL_DEVICE", "ELECTRICAL_SAFETY");
	}

	@Test
	void aSeriousFailedControlTakesTheAssetOutOfServiceAndBlocksItUntilAControlPasses() throws Exception {
		long asset = asset();
		long control = control(asset);
		transition(control, "IN_PROGRESS").andExpect(status().isOk());
		long line = lineId(control);
		send(put(API + "/{id}/checks/{line}", control, line), Map.of("measuredValue", 612)).andExpect(status().isOk())
			.andExpect(jsonPath("$.workOrder.checks[0].conforming").value(false));
		send(put(API + "/{id}/result", control), Map.of("conformity", "CONFORMING", "closingNote", "Tout va bien"))
			.andExpect(status().isOk());
		transition(control, "DONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("conformity"));
		send(put(API + "/{id}/result", control),
				Map.of("conformity", "SERIOUS_NONCONFORMITY", "closingNote", "Courant de fuite hors limite"))
			.andExpect(status().isOk());
		String done = transition(control, "DONE").andExpect(status().isOk())
			.andExpect(jsonPath("$.block.blocked").value(true))
			.andExpect(jsonPath("$.block.reason").value("NONCONFORMITY"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(assetStatus(asset)).isEqualTo("OUT_OF_SERVICE");
		Map<String, Object> change = this.jdbc
			.sql("select from_status, to_status, reason, person_id from inv_asset_status_change where asset_id = :a")
			.param("a", asset)
			.query()
			.singleRow();
		assertThat(change).containsEntry("from_status", "IN_SERVICE").containsEntry("to_status", "OUT_OF_SERVICE");
		assertThat((String) change.get("reason")).contains("OT-");
		assertThat(change.get("person_id")).isEqualTo(this.agent.getPerson().getId());
		assertThat(this.jdbc.sql("select count(*) from inv_asset_aud where id = :a and status = 'OUT_OF_SERVICE'")
			.param("a", asset)
			.query(Long.class)
			.single()).as("the decision is a revision of the asset's history").isEqualTo(1);
		send(post(ASSETS + "/{id}/transitions", asset), Map.of("to", "IN_SERVICE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("WorkOrderControlRequired"));
		assertThat(this.inventoryApi.block(asset).blocked()).isTrue();
		send(get(API).param("assetId", String.valueOf(asset)), null).andExpect(jsonPath("$[0].blocked").value(true));

		Number nonconformity = JsonPath.read(done, "$.nonconformities[0].id");
		send(post(API + "/{id}/nonconformities/{nc}/restart", control, nonconformity), Map.of())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("WorkOrderControlRequired"));
		long recheck = control(asset);
		transition(recheck, "IN_PROGRESS");
		send(put(API + "/{id}/checks/{line}", recheck, lineId(recheck)), Map.of("measuredValue", 80));
		send(put(API + "/{id}/result", recheck), Map.of("conformity", "CONFORMING"));
		transition(recheck, "DONE").andExpect(status().isOk());
		assertThat(this.inventoryApi.block(asset).blocked()).as("a restart is a decision").isTrue();
		send(post(API + "/{id}/nonconformities/{nc}/restart", control, nonconformity), Map.of())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nonconformities[0].restartedAt").isNotEmpty());
		assertThat(this.inventoryApi.block(asset)).isEqualTo(AssetBlock.NONE);
		assertThat(assetStatus(asset)).isEqualTo("IN_SERVICE");
	}

	@Test
	void aRepairOfACategoryThatRequiresItWaitsForAPassingControlBeforeReturningToService() throws Exception {
		this.jdbc.sql("update inv_category set control_after_repair = true where id = :id")
			.param("id", this.category)
			.update();
		long asset = asset();
		long repair = created(send(post(API), Map.of("assetId", asset, "title", "Pompe en alarme")));
		send(put(API + "/{id}/downtime", repair), Map.of("downSince", "2026-03-02T08:00:00Z"))
			.andExpect(status().isOk());
		transition(repair, "IN_PROGRESS");
		transition(repair, "DONE").andExpect(status().isOk())
			.andExpect(jsonPath("$.block.reason").value("CONTROL_REQUIRED"));
		send(put(API + "/{id}/downtime", repair),
				Map.of("downSince", "2026-03-02T08:00:00Z", "backInService", "2026-03-03T08:00:00Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("backInService"))
			.andExpect(jsonPath("$.errors[0].rule").value("WorkOrderControlRequired"));
		long control = control(asset);
		transition(control, "IN_PROGRESS");
		send(put(API + "/{id}/checks/{line}", control, lineId(control)), Map.of("measuredValue", 12));
		send(put(API + "/{id}/result", control), Map.of("conformity", "CONFORMING"));
		transition(control, "DONE").andExpect(status().isOk());
		assertThat(this.inventoryApi.block(asset).blocked()).isFalse();
		send(put(API + "/{id}/downtime", repair),
				Map.of("downSince", "2026-03-02T08:00:00Z", "backInService", "2026-03-03T08:00:00Z"))
			.andExpect(status().isOk());
	}

	@Test
	void assetUnderRepairMayNotReturnToServiceBeforeItsRequiredControl() throws Exception {
		this.jdbc.sql("update inv_category set control_after_repair = true where id = :id")
			.param("id", this.category)
			.update();
		long asset = asset();
		send(post(ASSETS + "/{id}/transitions", asset), Map.of("to", "IN_REPAIR")).andExpect(status().isOk());
		long repair = created(send(post(API), Map.of("assetId", asset, "title", "Carte de régulation")));
		transition(repair, "IN_PROGRESS");
		transition(repair, "DONE").andExpect(status().isOk());
		send(post(ASSETS + "/{id}/transitions", asset), Map.of("to", "IN_SERVICE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].rule").value("WorkOrderControlRequired"));
		send(post(ASSETS + "/{id}/transitions", asset), Map.of("to", "ON_LOAN")).andExpect(status().isBadRequest());
		assertThat(assetStatus(asset)).isEqualTo("IN_REPAIR");
		long control = control(asset);
		transition(control, "IN_PROGRESS");
		send(put(API + "/{id}/checks/{line}", control, lineId(control)), Map.of("measuredValue", 12));
		send(put(API + "/{id}/result", control), Map.of("conformity", "CONFORMING"));
		transition(control, "DONE").andExpect(status().isOk());
		send(post(ASSETS + "/{id}/transitions", asset), Map.of("to", "IN_SERVICE")).andExpect(status().isOk());
		assertThat(assetStatus(asset)).isEqualTo("IN_SERVICE");
	}

	@Test
	void illegalTransitionsAreRefusedNamingTheStatusAndWorkIsRecorded() throws Exception {
		long order = created(send(post(API), Map.of("assetId", asset(), "title", "Écran noir")));
		transition(order, "DONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].rule").value("IllegalTransition"));
		transition(order, "IN_PROGRESS").andExpect(jsonPath("$.workOrder.startedAt").isNotEmpty());
		transition(order, "ON_HOLD").andExpect(jsonPath("$.workOrder.holdReason").value("note"));
		transition(order, "IN_PROGRESS").andExpect(status().isOk());
		send(post(API + "/{id}/work-records", order), Map.of("technicianName", "J. Martin", "minutes", 45))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("WorkOrderWhoWorked"));
		send(post(API + "/{id}/work-records", order),
				Map.of("technicianName", "J. Martin", "employer", "Biomed Services", "startedAt",
						"2026-03-02T08:00:00Z", "endedAt", "2026-03-02T09:30:00Z"))
			.andExpect(jsonPath("$.workOrder.records[0].minutes").value(90));
		send(post(API + "/{id}/parts", order), Map.of("reference", "BAT-12", "description", "Batterie", "quantity", 2))
			.andExpect(jsonPath("$.workOrder.parts[0].reference").value("BAT-12"));
		send(post(API + "/{id}/checks", order), Map.of("label", "Autonomie batterie", "unit", "min", "lowerLimit", 120))
			.andExpect(jsonPath("$.workOrder.checks[0].fromPlan").value(false));
		transition(order, "DONE").andExpect(status().isOk());
		send(post(API + "/{id}/parts", order), Map.of("reference", "X", "quantity", 1))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("select count(*) from inv_work_order_aud where id = :id")
			.param("id", order)
			.query(Long.class)
			.single()).as("Envers history").isGreaterThanOrEqualTo(5);
	}

	@Test
	void aWorkOrderIsSeenAndWorkedOnlyAsItsAssetIs() throws Exception {
		long order = created(send(post(API), Map.of("assetId", asset(), "title", "Fuite")));
		Establishment other = this.fixtures.establishment();
		UserAccount stranger = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(other, TeamKind.TECHNICAL));
		this.mvc.perform(this.fixtures.as(stranger, get(API + "/{id}", order))).andExpect(status().isNotFound());
		String list = this.mvc.perform(this.fixtures.as(stranger, get(API)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("\"id\":" + order + ",");
		UserAccount reader = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(this.establishment, TeamKind.IT));
		this.mvc.perform(this.fixtures.as(reader, get(API + "/{id}", order))).andExpect(status().isOk());
		this.mvc
			.perform(this.fixtures.as(reader, post(API + "/{id}/transitions", order))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"to\":\"IN_PROGRESS\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTicketAboutAnAssetOpensACorrectiveWorkOrderWhoseProgressTheRequesterReadsOnTheTicket() throws Exception {
		long asset = asset();
		Person requester = this.fixtures.person(this.establishment);
		Ticket ticket = this.fixtures.ticket(this.establishment, this.team, requester);
		String opened = this.mvc
			.perform(this.fixtures.as(this.agent, post("/api/v1/tickets/{id}/work-orders", ticket.getId()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assetId\":" + asset + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long order = ((Number) JsonPath.read(opened, "$.id")).longValue();
		transition(order, "IN_PROGRESS");
		List<String> comments = this.jdbc
			.sql("select body from sd_comment where ticket_id = :t and not internal order by id")
			.param("t", ticket.getId())
			.query(String.class)
			.list();
		assertThat(comments).hasSize(2);
		assertThat(comments.get(1)).contains(JsonPath.<String>read(opened, "$.number"));
		assertThat(this.inventoryApi.workOrdersOfTicket(ticket.getId())).singleElement()
			.satisfies(w -> assertThat(w.status()).isEqualTo("IN_PROGRESS"));
		this.mvc.perform(this.fixtures.as(this.agent, get("/api/v1/tickets/{id}/work-orders", ticket.getId())))
			.andExpect(jsonPath("$[0].id").value(order));
	}

	private long asset() {
		return this.inventory.asset(this.establishment, this.team, this.category, null, "SN-" + Fixtures.unique());
	}

	private long control(long asset) {
		return this.opener
			.open(new NewWorkOrder(WorkOrderType.SAFETY_TEST, asset, null, "Contrôle EN 62353", null, null),
					List.of(new CheckLineSpec("Courant de fuite patient", "µA", BigDecimal.ZERO, new BigDecimal(100))))
			.id();
	}

	private long lineId(long order) {
		return this.jdbc.sql("select min(id) from inv_work_order_check where work_order_id = :id")
			.param("id", order)
			.query(Long.class)
			.single();
	}

	private String assetStatus(long asset) {
		return this.jdbc.sql("select status from inv_asset where id = :id")
			.param("id", asset)
			.query(String.class)
			.single();
	}

	private ResultActions transition(long order, String to) throws Exception {
		return send(post(API + "/{id}/transitions", order), Map.of("to", to, "note", "note"));
	}

	private long created(ResultActions result) throws Exception {
		String body = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.workOrder.id")).longValue();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
		MockHttpServletRequestBuilder built = this.fixtures.as(this.agent, request).accept(MediaType.APPLICATION_JSON);
		if (body != null) {
			built = built.contentType(MediaType.APPLICATION_JSON).content(json(body));
		}
		return this.mvc.perform(built);
	}

	private static String json(Map<String, Object> body) {
		StringBuilder json = new StringBuilder("{");
		body.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(k)
			.append("\":")
			.append((v instanceof String) ? "\"" + v + "\"" : v));
		return json.append('}').toString();
	}

}
