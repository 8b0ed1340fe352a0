package org.socle.inventory.mobile;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who opens an asset's mobile page, and what each one may do from it. */
@SocleIntegrationTest
class MobilePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Team biomedical;

	long category;

	long pump;

	String number;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.biomedical = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.category = this.inventory.category("MEDICAL_DEVICE");
		long model = this.inventory.model(this.category, "Volumat Agilia", null);
		this.pump = this.inventory.asset(this.a, this.biomedical, this.category, model, "SN-1");
		this.number = number(this.pump);
	}

	@Test
	void staffOfTheEstablishmentSeeTheAssetAndMayReportAFaultButNotRecordWork() throws Exception {
		UserAccount nurse = this.fixtures.establishmentAccount(Role.STAFF, this.a);

		this.mvc.perform(this.fixtures.as(nurse, get("/m/assets/{n}", this.number)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Volumat Agilia")))
			.andExpect(content().string(containsString(this.a.getName())))
			.andExpect(content().string(containsString("/servicedesk/assets/" + this.pump + "/faults")))
			.andExpect(content().string(containsString("/servicedesk/assets/" + this.pump + "/tickets?open=true")))
			.andExpect(content().string(not(containsString("mobile-work-orders"))))
			.andExpect(content().string(not(containsString("mobile-full-page"))));
	}

	@Test
	void anAssetStillInServiceButBlockedByMaintenanceSaysSoInRed() throws Exception {
		UserAccount nurse = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		String order = "OT-M" + Fixtures.unique();
		this.jdbc
			.sql("""
					with wo as (
					    insert into inv_work_order (number, type, asset_id, team_id, establishment_id, status, title,
					     created_at, created_by, last_modified_at, last_modified_by)
					    values (:number, 'SAFETY_TEST', :asset, :team, :establishment, 'DONE', 'CSE', now(), 'test', now(),
					     'test') returning id)
					insert into inv_nonconformity (work_order_id, asset_id, severity, out_of_service, decided_by, stopped_at,
					 created_at, created_by, last_modified_at, last_modified_by)
					select wo.id, :asset, 'SERIOUS_NONCONFORMITY', true, 'test', now(), now(), 'test', now(), 'test' from wo""")
			.param("number", order)
			.param("asset", this.pump)
			.param("team", this.biomedical.getId())
			.param("establishment", this.a.getId())
			.update();

		this.mvc.perform(this.fixtures.as(nurse, get("/m/assets/{n}", this.number)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mobile-block\"")))
			.andExpect(content().string(containsString(order)))
			.andExpect(content().string(containsString("text-bg-danger")));
	}

	@Test
	void staffOfAnotherEstablishmentAreToldTheAssetDoesNotExist() throws Exception {
		UserAccount elsewhere = this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());

		this.mvc.perform(this.fixtures.as(elsewhere, get("/m/assets/{n}", this.number)))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(elsewhere, get("/m/assets/{n}", "NO-SUCH-" + Fixtures.unique())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOwnerTeamsAgentsGetToTheAssetsWorkOrdersAndFullPage() throws Exception {
		UserAccount agent = this.fixtures.teamAccount(Role.AGENT, this.biomedical);

		this.mvc.perform(this.fixtures.as(agent, get("/m/assets/{n}", this.number)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/inventory/work-orders?assetId=" + this.pump)))
			.andExpect(content().string(containsString("/inventory/assets/" + this.pump + "\"")));
	}

	@Test
	void aReaderWhoDoesNotKeepTheAssetGetsItsFullPageButNoWorkOrders() throws Exception {
		UserAccount itAgent = this.fixtures.teamAccount(Role.AGENT, this.fixtures.team(this.a, TeamKind.IT));

		this.mvc.perform(this.fixtures.as(itAgent, get("/m/assets/{n}", this.number)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("mobile-full-page")))
			.andExpect(content().string(not(containsString("mobile-work-orders"))));
	}

	@Test
	void anAssetOutOfServiceSaysFirstThatItMustNotBeUsed() throws Exception {
		long stopped = this.inventory.asset(new AssetRow(this.a.getId(), this.biomedical.getId(), this.category, null,
				"SN-2", null, "OUT_OF_SERVICE", null));
		UserAccount nurse = this.fixtures.establishmentAccount(Role.STAFF, this.a);

		this.mvc.perform(this.fixtures.as(nurse, get("/m/assets/{n}", number(stopped))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mobile-blocked\"")))
			.andExpect(content().string(containsString("Hors service : ne pas utiliser cet équipement.")));
		this.mvc.perform(this.fixtures.as(nurse, get("/m/assets/{n}", this.number)))
			.andExpect(content().string(not(containsString("id=\"mobile-blocked\""))));
	}

	private String number(long assetId) {
		return this.jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(assetId)
			.query(String.class)
			.single();
	}

}
