package org.socle.inventory.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class AssetImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theUserMapsTheColumnsFromGuessesThenReadsThePreviewAndConfirms() throws Exception {
		Establishment establishment = this.fixtures.establishment();
		Team team = this.fixtures.team(establishment, TeamKind.BIOMEDICAL);
		UserAccount lead = this.fixtures.teamAccount(Role.TEAM_LEAD, team);
		long category = this.inventory.category("MEDICAL_DEVICE");
		String code = this.jdbc.sql("select code from inv_category where id = :id")
			.param("id", category)
			.query(String.class)
			.single();
		String number = "PAGE-" + Fixtures.unique();
		String csv = "Numéro d'inventaire;Code;Site FINESS;Équipe\n" + number + ";" + code + ";"
				+ establishment.getGeographicFiness() + ";" + team.getName() + "\n";

		String jobPage = this.mvc.perform(as(lead, multipart("/inventory/imports").file(AssetImportClient.csv(csv))))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String mapping = page(lead, get(jobPage));
		assertThat(mapping).contains("id=\"mapping-form\"")
			.containsPattern("id=\"column-inventoryNumber\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>\\s*"
					+ "<option value=\"0\" selected");
		assertThat(mapping).as("no header names the category or the establishment")
			.doesNotContainPattern("id=\"column-category\"[^>]*>\\s*<option value=\"\"[^>]*>[^<]*</option>\\s*"
					+ "<option value=\"\\d\" selected");

		String refused = page(lead,
				post(jobPage + "/mapping").param("column.inventoryNumber", "0").param("column.ownerTeam", "3"));
		assertThat(refused).contains("id=\"mapping-error\"").contains("Colonne(s) obligatoire(s) absente(s)");

		this.mvc
			.perform(as(lead,
					post(jobPage + "/mapping").param("column.inventoryNumber", "0")
						.param("column.category", "1")
						.param("column.establishment", "2")
						.param("column.ownerTeam", "3")))
			.andExpect(status().is3xxRedirection());
		String[] preview = new String[1];
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
			preview[0] = page(lead, get(jobPage));
			return preview[0].contains("id=\"confirm\"");
		});
		assertThat(preview[0]).contains("id=\"valid-lines\">1<").contains(number);
		this.mvc.perform(as(lead, post(jobPage + "/confirm"))).andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> page(lead, get(jobPage)).contains("id=\"summary\""));
		assertThat(this.jdbc.sql("select owner_team_id from inv_asset where inventory_number = :n")
			.param("n", number)
			.query(Long.class)
			.single()).isEqualTo(team.getId());
	}

	private String page(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(as(account, request))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(UserAccount account, B request) {
		return this.fixtures.as(account, request);
	}

}
