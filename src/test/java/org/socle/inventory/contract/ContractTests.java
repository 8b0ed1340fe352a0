package org.socle.inventory.contract;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.inventory.ContractNoticeDue;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contracts: kept by the owner team, dates that hold together (end after start, notice
 * within the contract, a date or a period), covered assets of the keeper's scope, a
 * reminder written once before the notice date.
 */
@SocleIntegrationTest
class ContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContractReminders reminders;

	@Autowired
	Clock clock;

	Establishment a;

	Establishment b;

	Team team;

	UserAccount keeper;

	UserAccount reader;

	UserAccount keeperOfB;

	long supplier;

	LocalDate today;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.keeper = this.fixtures.teamAccount(Role.TEAM_LEAD, this.team);
		this.reader = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(this.a, TeamKind.IT));
		this.keeperOfB = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(this.b, TeamKind.BIOMEDICAL));
		this.supplier = this.jdbc.sql("""
				insert into inv_supplier (name, created_at, created_by, last_modified_at, last_modified_by)
				 values (?, now(), 'test', now(), 'test') returning id""")
			.params("Fournisseur " + Fixtures.unique())
			.query(Long.class)
			.single();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void theNoticeDateIsComputedFromThePeriodBeforeTheEnd() throws Exception {
		create(this.keeper, contract("2026-01-01", "2026-12-31", "\"noticeDays\":90")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.noticeOn").value("2026-10-02"));
	}

	@Test
	void anEndBeforeTheStartIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
		long before = contracts();
		create(this.keeper, contract("2026-06-01", "2026-05-31", null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"))
			.andExpect(jsonPath("$.errors[0].rule").value("EndBeforeStart"));
		assertThat(contracts()).isEqualTo(before);
	}

	@Test
	void aNoticeDateAfterTheEndIsRefused() throws Exception {
		create(this.keeper, contract("2026-01-01", "2026-12-31", "\"noticeOn\":\"2027-01-15\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("NoticeAfterEnd"));
	}

	@Test
	void aNoticeIsADateOrAPeriodNotBothAndAPeriodNeedsAnEnd() throws Exception {
		create(this.keeper, contract("2026-01-01", "2026-12-31", "\"noticeOn\":\"2026-09-01\",\"noticeDays\":30"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("NoticeDateOrPeriod"));
		create(this.keeper, contract("2026-01-01", null, "\"noticeDays\":30")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("NoticePeriodNeedsEnd"));
	}

	@Test
	void aTacitRenewalNeedsItsPeriod() throws Exception {
		create(this.keeper, contract("2026-01-01", "2026-12-31", "\"tacitRenewal\":true"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("renewalMonths"));
	}

	@Test
	void theSameReferenceOfTheSameSupplierIsADuplicate() throws Exception {
		String body = contract("2026-01-01", "2026-12-31", null);
		create(this.keeper, body).andExpect(status().isCreated());
		create(this.keeper, body).andExpect(status().isConflict());
	}

	@Test
	void anotherTeamReadsButDoesNotChangeItAndAnotherEstablishmentDoesNotSeeIt() throws Exception {
		long id = id(create(this.keeper, contract("2026-01-01", "2026-12-31", null)));
		as(this.reader, get("/api/v1/contracts/{id}", id)).andExpect(status().isOk());
		as(this.reader, json(put("/api/v1/contracts/{id}", id), contract("2026-01-01", "2027-12-31", null)))
			.andExpect(status().isForbidden());
		as(this.keeperOfB, get("/api/v1/contracts/{id}", id)).andExpect(status().isNotFound());
		as(this.keeperOfB, get("/api/v1/contracts").param("supplierId", String.valueOf(this.supplier)))
			.andExpect(content().string(not(containsString("\"id\":" + id + ","))));
		create(this.keeperOfB, contract("2026-01-01", "2026-12-31", null)).andExpect(status().isForbidden());
	}

	@Test
	void aContractCoversAssetsThatTheAssetShowsInItsCard() throws Exception {
		long category = this.inventory.category("MEDICAL_DEVICE");
		long pump = this.inventory.asset(this.a, this.team, category, null, "P-" + Fixtures.unique());
		long id = id(create(this.keeper, contract("2026-01-01", "2026-12-31", null)));
		as(this.keeper, json(post("/api/v1/contracts/{id}/assets", id), "{\"assetId\":" + pump + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assetIds[0]").value(pump));
		as(this.keeper, json(post("/api/v1/contracts/{id}/assets", id), "{\"assetId\":" + pump + "}"))
			.andExpect(status().isConflict());
		as(this.keeper, get("/inventory/assets/{id}/contracts", pump)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/inventory/contracts/" + id)));
		as(this.keeper, post("/api/v1/contracts/{id}/assets/{a}/remove", id, pump)).andExpect(status().isOk())
			.andExpect(jsonPath("$.assetIds").isEmpty());
	}

	@Test
	void aRefusedCoverOnThePageNamesTheInventoryNumberItCouldNotFind() throws Exception {
		long id = id(create(this.keeper, contract("2026-01-01", "2026-12-31", null)));
		String unknown = "NOPE-" + Fixtures.unique();
		MvcResult refused = as(this.keeper,
				post("/inventory/contracts/{id}/assets", id).param("inventoryNumber", unknown))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		as(this.keeper,
				get("/inventory/contracts/{id}", id).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
						refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun équipement « " + unknown + " »")));
	}

	@Test
	void theListFiltersContractsEndingSoonAndExportsThemAsCsv() throws Exception {
		String reference = "SOON-" + Fixtures.unique();
		create(this.keeper, contract(reference, this.today.minusYears(1), this.today.plusDays(20), null))
			.andExpect(status().isCreated());
		String later = "LATER-" + Fixtures.unique();
		create(this.keeper, contract(later, this.today.minusYears(1), this.today.plusDays(200), null))
			.andExpect(status().isCreated());
		as(this.keeper,
				get("/api/v1/contracts").param("expiringWithin", "30")
					.param("supplierId", String.valueOf(this.supplier)))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(not(containsString(later))));
		as(this.keeper, get("/inventory/contracts/export.csv").param("supplierId", String.valueOf(this.supplier)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString(later)));
	}

	@Test
	void theNoticeReminderIsWrittenOnceAndListedUntilHandled() throws Exception {
		String reference = "NOTICE-" + Fixtures.unique();
		long id = id(create(this.keeper,
				contract(reference, this.today.minusYears(1), this.today.plusDays(60), "\"noticeDays\":30")));
		assertThat(this.reminders.remind()).extracting(ContractNoticeDue::contractId).contains(id);
		assertThat(this.reminders.remind()).extracting(ContractNoticeDue::contractId).doesNotContain(id);
		assertThat(this.jdbc.sql("select count(*) from inv_contract_reminder where contract_id = ?")
			.params(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		as(this.keeper, get("/inventory/contracts")).andExpect(content().string(containsString(reference)));
		long reminder = this.jdbc.sql("select id from inv_contract_reminder where contract_id = ?")
			.params(id)
			.query(Long.class)
			.single();
		this.mvc.perform(this.fixtures.as(this.keeper, post("/inventory/contracts/reminders/{id}/handled", reminder)))
			.andExpect(status().is3xxRedirection());
		as(this.keeper, get("/inventory/contracts").param("q", "NOTHING-MATCHES"))
			.andExpect(content().string(not(containsString(reference))));
		assertThat(this.reminders.remind()).extracting(ContractNoticeDue::contractId).doesNotContain(id);
	}

	@Test
	void aContractWhoseNoticeIsFarOffGetsNoReminderYet() throws Exception {
		long id = id(create(this.keeper, contract("FAR-" + Fixtures.unique(), this.today.minusYears(1),
				this.today.plusDays(400), "\"noticeDays\":30")));
		assertThat(this.reminders.remind()).extracting(ContractNoticeDue::contractId).doesNotContain(id);
	}

	private String contract(String startsOn, String endsOn, String extra) {
		return contract("REF-" + Fixtures.unique(), LocalDate.parse(startsOn),
				(endsOn != null) ? LocalDate.parse(endsOn) : null, extra);
	}

	private String contract(String reference, LocalDate startsOn, LocalDate endsOn, String extra) {
		return "{\"kind\":\"MAINTENANCE\",\"supplierId\":" + this.supplier + ",\"reference\":\"" + reference
				+ "\",\"establishmentId\":" + this.a.getId() + ",\"ownerTeamId\":" + this.team.getId()
				+ ",\"startsOn\":\"" + startsOn + "\"" + ((endsOn != null) ? ",\"endsOn\":\"" + endsOn + "\"" : "")
				+ ",\"responseHours\":4,\"visitsPerYear\":2,\"yearlyCost\":1200.50"
				+ ((extra != null) ? "," + extra : "") + "}";
	}

	private ResultActions create(UserAccount account, String body) throws Exception {
		return as(account, json(post("/api/v1/contracts"), body));
	}

	private static long id(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1").trim());
	}

	private long contracts() {
		return this.jdbc.sql("select count(*) from inv_contract").query(Long.class).single();
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request).accept(MediaType.APPLICATION_JSON));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
