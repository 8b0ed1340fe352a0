package org.socle.servicedesk.asset;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tickets about an asset: raised from its mobile page or by the API, and shown on both
 * sides.
 */
@SocleIntegrationTest
class AssetTicketsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TicketRepository tickets;

	Establishment a;

	Team biomedical;

	long category;

	long pump;

	String number;

	UserAccount nurse;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.biomedical = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.category = this.inventory.category("MEDICAL_DEVICE");
		this.pump = this.inventory.asset(this.a, this.biomedical, this.category, null, "SN-1");
		this.number = this.jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(this.pump)
			.query(String.class)
			.single();
		this.nurse = this.fixtures.establishmentAccount(Role.STAFF, this.a);
	}

	@Test
	void aFaultReportedFromTheMobilePageIsAnIncidentAboutTheAssetForItsOwnerTeam() throws Exception {
		String summary = "Alarme occlusion en continu " + Fixtures.unique();

		String location = this.mvc
			.perform(this.fixtures.as(this.nurse,
					post("/servicedesk/assets/{id}/faults", this.pump).param("summary", summary)
						.param("details", "Box 3, depuis ce matin")
						.param("unusable", "true")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Ticket ticket = raised(summary);
		assertThat(location).isEqualTo("/portal/tickets/" + ticket.getId() + "?raised");
		assertThat(ticket.getAssetId()).isEqualTo(this.pump);
		assertThat(ticket.getTeamId()).isEqualTo(this.biomedical.getId());
		assertThat(ticket.getEstablishmentId()).isEqualTo(this.a.getId());
		assertThat(ticket.getRequesterId()).isEqualTo(this.nurse.getPerson().getId());
		assertThat(ticket.getUrgency()).isEqualTo(1);
		this.mvc.perform(this.fixtures.as(this.nurse, get("/servicedesk/assets/{id}/tickets?open=true", this.pump)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ticket.getNumber())))
			.andExpect(content().string(containsString("/portal/tickets/" + ticket.getId())));
	}

	@Test
	void aReportWithoutSummaryGoesBackToTheMobilePageWithTheMessageAndWritesNothing() throws Exception {
		String details = "Rien dans le résumé " + Fixtures.unique();

		this.mvc
			.perform(this.fixtures.as(this.nurse,
					post("/servicedesk/assets/{id}/faults", this.pump).param("summary", " ").param("details", details)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/m/assets/" + this.number + "#report"))
			.andExpect(flash().attribute("faultField", "summary"))
			.andExpect(flash().attribute("faultDetails", details));
		assertThat(this.jdbc.sql("select count(*) from sd_ticket where description = ?")
			.params(details)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void staffOfAnotherEstablishmentCannotReportOnTheAssetNorListItsTickets() throws Exception {
		UserAccount elsewhere = this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());

		this.mvc
			.perform(this.fixtures.as(elsewhere,
					post("/servicedesk/assets/{id}/faults", this.pump).param("summary", "Panne")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(elsewhere, get("/servicedesk/assets/{id}/tickets", this.pump)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theApiOpensATicketAboutAnAssetAndShowsItsId() throws Exception {
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.biomedical);

		JsonNode created = this.json.readTree(this.mvc
			.perform(this.fixtures.as(agent, post("/api/v1/tickets"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(this.pump, "Écran figé " + Fixtures.unique())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.assetId").value(this.pump))
			.andReturn()
			.getResponse()
			.getContentAsString());

		this.mvc.perform(this.fixtures.as(agent, get("/api/v1/tickets/{id}", created.get("id").asLong())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assetId").value(this.pump));
	}

	@Test
	void anUnknownOrUnseenAssetIsRefusedNamingAssetIdAndNothingIsWritten() throws Exception {
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.biomedical);
		Establishment b = this.fixtures.establishment();
		long theirs = this.inventory.asset(b, this.fixtures.team(b, TeamKind.BIOMEDICAL), this.category, null, "SN-9");

		for (long assetId : new long[] { Long.MAX_VALUE, theirs }) {
			String title = "Refusé " + Fixtures.unique();
			this.mvc
				.perform(this.fixtures.as(agent, post("/api/v1/tickets"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body(assetId, title)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("assetId"))
				.andExpect(jsonPath("$.errors[0].rule").value("UnknownAsset"));
			assertThat(this.jdbc.sql("select count(*) from sd_ticket where title = ?")
				.params(title)
				.query(Long.class)
				.single()).isZero();
		}
	}

	@Test
	void theTicketPageShowsTheAssetWithItsImpactAndALinkToItsPageForReadersAndItsMobilePageForOthers()
			throws Exception {
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.biomedical);
		String summary = "Batterie HS " + Fixtures.unique();
		this.mvc.perform(this.fixtures.as(this.nurse,
				post("/servicedesk/assets/{id}/faults", this.pump).param("summary", summary)));
		Ticket ticket = raised(summary);

		this.mvc.perform(this.fixtures.as(agent, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ticket-asset\"")))
			.andExpect(content().string(containsString(this.number)))
			.andExpect(content().string(containsString("/inventory/assets/" + this.pump)))
			.andExpect(content().string(containsString("hx-get=\"/inventory/assets/" + this.pump + "/impact\"")))
			.andExpect(content().string(containsString("En service")));
		this.mvc.perform(this.fixtures.as(this.nurse, get("/servicedesk/tickets/{id}", ticket.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/m/assets/" + this.number)))
			.andExpect(content().string(not(containsString("/inventory/assets/" + this.pump))))
			.andExpect(content().string(not(containsString("ticket-asset-impact"))));
	}

	private Ticket raised(String title) {
		Long id = this.jdbc.sql("select id from sd_ticket where title = ?").params(title).query(Long.class).single();
		return this.tickets.findById(id).orElseThrow();
	}

	private String body(long assetId, String title) {
		return this.json.writeValueAsString(Map.of("type", "INCIDENT", "title", title, "teamId",
				this.biomedical.getId(), "impact", 2, "urgency", 2, "assetId", assetId));
	}

}
