package org.socle.inventory.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socle.inventory.notice.NoticeTestSupport.criterion;
import static org.socle.inventory.notice.NoticeTestSupport.json;
import static org.socle.inventory.notice.NoticeTestSupport.model;
import static org.socle.inventory.notice.NoticeTestSupport.range;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notice pages as the correspondent uses them: a correspondent named without a
 * working role, refusals that name their field, the criteria editor that keeps what was
 * typed, and the affected row that htmx swaps.
 */
@SocleIntegrationTest
class NoticePagesTests {

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

	private Team team;

	private UserAccount admin;

	private long category;

	private long pump;

	private String u;

	@BeforeEach
	void world() {
		this.support = new NoticeTestSupport(this.mvc, this.fixtures, this.jdbc);
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		this.category = this.inventory.category("MEDICAL_DEVICE");
		this.pump = this.inventory.model(this.category, "Pompe " + Fixtures.unique(), null);
		this.u = NoticeTestSupport.token();
	}

	private long asset(Establishment establishment, String serial) {
		return this.inventory.asset(new AssetRow(establishment.getId(), this.team.getId(), this.category, this.pump,
				serial, null, "IN_SERVICE", LocalDate.of(2022, 5, 1)));
	}

	/** A staff member of both establishments, named CLMV of the first by the admin. */
	private UserAccount correspondentOf(Establishment named, Establishment other) throws Exception {
		UserAccount account = this.fixtures.establishmentAccount(Role.STAFF, named);
		this.fixtures.grant(RoleGrant.forEstablishment(account, Role.STAFF, other));
		this.mvc.perform(this.fixtures.as(this.admin, post("/inventory/notices/correspondents/{e}", named.getId())
			.param("personId", account.getPerson().getId().toString()))).andExpect(status().is3xxRedirection());
		return account;
	}

	@Test
	void aCorrespondentWithoutAWorkingRoleFollowsTheNoticesOfTheEstablishmentTheyAreNamedFor() throws Exception {
		long here = asset(this.a, this.u + "10");
		long elsewhere = asset(this.b, this.u + "11");
		UserAccount clmv = correspondentOf(this.a, this.b);
		UserAccount colleague = this.fixtures.establishmentAccount(Role.STAFF, this.a);

		long notice = this.support.notice(clmv, this.a.getId(), null);
		this.support.criteria(clmv, notice, List.of(model(this.pump), range(this.u + "10", this.u + "19")));
		this.support.match(clmv, notice);
		JsonNode row = this.support.affected(clmv, notice).get(here);
		this.support.call(clmv,
				json(post("/api/v1/safety-notices/{id}/affected-assets/{a}/action", notice, row.get("id").asLong()),
						Map.of("status", "CHECKED", "note", "Clamp vérifié", "version", row.get("version").asLong())),
				200);

		assertThat(this.support.affected(clmv, notice)).containsOnlyKeys(here);
		assertThat(this.support.affected(this.admin, notice)).containsOnlyKeys(here, elsewhere);
		this.support.call(colleague, get("/api/v1/safety-notices/{id}", notice), 403);
	}

	@Test
	void anActionFromTheNoticePageAnswersTheDevicesRowAndARefusalNamesTheField() throws Exception {
		long device = asset(this.a, this.u + "20");
		long notice = this.support.notice(this.admin, this.a.getId(), null);
		this.support.criteria(this.admin, notice, List.of(model(this.pump), criterion("SERIAL", this.u + "20")));
		this.support.match(this.admin, notice);
		JsonNode row = this.support.affected(this.admin, notice).get(device);
		String rowId = "affected-" + row.get("id").asLong();

		Document refused = row(action(notice, row, "NOT_AFFECTED", "", row.get("version").asLong()));
		Document done = row(action(notice, row, "QUARANTINED", "Étiquette rouge", row.get("version").asLong()));

		assertThat(refused.getElementById(rowId)).isNotNull();
		assertThat(refused.getElementById("affected-error-" + row.get("id").asLong()).text())
			.isEqualTo("Note, preuve ou motif : Ce champ est obligatoire.");
		assertThat(done.getElementById(rowId).select("input[name=note]").val()).isEqualTo("Étiquette rouge");
		assertThat(done.getElementById(rowId).select("select[name=status] option[selected]").val())
			.isEqualTo("QUARANTINED");
	}

	/** An htmx answer: a table row, parsed inside its table. */
	private static Document row(String html) {
		return Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
	}

	private String action(long notice, JsonNode row, String status, String note, long version) throws Exception {
		return this.mvc
			.perform(this.fixtures.as(this.admin,
					post("/inventory/notices/{id}/affected/{a}/action", notice, row.get("id").asLong())
						.header("HX-Request", "true")
						.param("status", status)
						.param("note", note)
						.param("version", String.valueOf(version))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aRefusedRangeNamesItsFieldAndValuesWritesNothingAndTheEditorKeepsWhatWasTyped() throws Exception {
		long notice = this.support.notice(this.admin, this.a.getId(), null);

		MvcResult refused = this.mvc.perform(this.fixtures.as(this.admin,
				post("/inventory/notices/{id}/criteria", notice).param("lots", "LOT " + this.u)
					.param("rangeFrom", "S/N " + this.u + "-0100")
					.param("rangeTo", this.u + "-0200-B")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(refused.getFlashMap().keySet()).contains("refusal", "scope");
		Document page = Jsoup.parse(this.mvc
			.perform(this.fixtures.as(this.admin, get("/inventory/notices/{id}", notice))
				// the flash as the redirect left it (MockMvc's flashAttrs goes to a mock
				// session
				// that the application's session filter does not read)
				.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.getElementById("action-error").text())
			.isEqualTo("Fin de plage : Les bornes « S/N " + this.u + "-0100 » et « " + this.u
					+ "-0200-B » n'ont pas la même forme (même préfixe et suffixe, chiffres au milieu).");
		assertThat(page.getElementById("lots").text()).isEqualTo("LOT " + this.u);
		assertThat(page.getElementById("rangeTo").val()).isEqualTo(this.u + "-0200-B");
		assertThat(this.jdbc.sql("select count(*) from inv_safety_notice_criterion where notice_id = ?")
			.params(notice)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPastedUdiAddsItsValuesToWhatWasTypedAndNamesTheRegistersModel() throws Exception {
		String gtin = NoticeTestSupport.gtin();
		String name = "Volumat " + Fixtures.unique();
		this.inventory.model(this.category, name, gtin);
		long notice = this.support.notice(this.admin, this.a.getId(), null);

		Document fields = Jsoup.parse(this.mvc
			.perform(this.fixtures.as(this.admin,
					post("/inventory/notices/udi").param("noticeId", String.valueOf(notice))
						.param("udi", "(01)" + gtin + "(10)" + this.u + "(21)SN-42")
						.param("serials", "SN-41")
						.param("rangeFrom", this.u + "-1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(fields.getElementById("serials").wholeText()).isEqualTo("SN-41\nSN-42");
		assertThat(fields.getElementById("lots").text()).isEqualTo(this.u);
		assertThat(fields.getElementById("deviceIdentifiers").text()).isEqualTo(gtin);
		assertThat(fields.getElementById("rangeFrom").val()).isEqualTo(this.u + "-1");
		assertThat(fields.getElementById("udi-model").text()).endsWith(name);
	}

}
