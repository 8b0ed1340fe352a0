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
import static org.socle.inventory.notice.NoticeTestSupport.model;
import static org.socle.inventory.notice.NoticeTestSupport.range;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Matching a notice's scope against the whole register: which assets, why, and how
 * surely.
 */
@SocleIntegrationTest
class NoticeMatchingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	private NoticeTestSupport support;

	private Establishment establishment;

	private Team team;

	private UserAccount admin;

	private long category;

	private long pump;

	private String u;

	@BeforeEach
	void world() {
		this.support = new NoticeTestSupport(this.mvc, this.fixtures, this.jdbc);
		this.establishment = this.fixtures.establishment();
		this.team = this.fixtures.team(this.establishment, TeamKind.BIOMEDICAL);
		this.admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.establishment);
		this.category = this.inventory.category("MEDICAL_DEVICE", "MAINTENANCE_MANDATORY");
		this.pump = this.inventory.model(this.category, "Pompe " + Fixtures.unique(), null);
		this.u = NoticeTestSupport.token();
	}

	private long asset(Long model, String serial) {
		return asset(model, serial, null, "IN_SERVICE");
	}

	private long asset(Long model, String serial, String lot, String status) {
		return this.inventory.asset(new AssetRow(this.establishment.getId(), this.team.getId(), this.category, model,
				serial, lot, status, LocalDate.of(2021, 3, 1)));
	}

	private Map<Long, JsonNode> matchWith(List<Map<String, Object>> criteria) throws Exception {
		long notice = this.support.notice(this.admin, this.establishment.getId(), null);
		this.support.criteria(this.admin, notice, criteria);
		this.support.match(this.admin, notice);
		return this.support.affected(this.admin, notice);
	}

	@Test
	void aRangeMatchesSerialsOfItsShapeWhateverTheirPrefixesSeparatorsAndLeadingZeros() throws Exception {
		long inside = asset(this.pump, this.u + "-150");
		long upperBound = asset(this.pump, "s/n " + this.u.toLowerCase() + "00200");
		long labelled = asset(this.pump, "N° " + this.u + " 000101");
		long justAbove = asset(this.pump, this.u + "-201");
		long justBelow = asset(this.pump, this.u + "-0099");
		long otherSuffix = asset(this.pump, this.u + "-150-B");
		long otherPrefix = asset(this.pump, "X" + this.u + "-150");

		Map<Long, JsonNode> found = matchWith(
				List.of(model(this.pump), range("SN " + this.u + "-00100", "SN " + this.u + "-00200")));

		assertThat(found).containsOnlyKeys(inside, upperBound, labelled);
		assertThat(found.get(inside).get("matchedBy").asString()).isEqualTo("SERIAL_RANGE");
		assertThat(found.get(inside).get("matchedCriterion").asString())
			.isEqualTo("SN " + this.u + "-00100 – SN " + this.u + "-00200");
		assertThat(found.get(inside).get("matchedValue").asString()).isEqualTo(this.u + "-150");
		assertThat(found.get(inside).get("productMatch").asString()).isEqualTo("MODEL");
		assertThat(found.get(inside).get("confirmation").asString()).isEqualTo("NOT_NEEDED");
		assertThat(found).doesNotContainKeys(justAbove, justBelow, otherSuffix, otherPrefix);
	}

	@Test
	void aListedSerialMatchesExactlyOrOnceNormalisedAndThenNeedsConfirmation() throws Exception {
		long exact = asset(this.pump, this.u.toLowerCase() + "-0000777");
		long normalised = asset(this.pump, "SN " + this.u + "777");
		long neighbour = asset(this.pump, this.u + "-0000778");

		Map<Long, JsonNode> found = matchWith(List.of(model(this.pump), criterion("SERIAL", this.u + "-0000777")));

		assertThat(found).containsOnlyKeys(exact, normalised);
		assertThat(found.get(exact).get("doubt").isNull()).isTrue();
		assertThat(found.get(normalised).get("doubt").asString()).isEqualTo("NORMALISED");
		assertThat(found.get(normalised).get("confirmation").asString()).isEqualTo("PENDING");
		assertThat(found).doesNotContainKey(neighbour);
	}

	@Test
	void aLotMatchesWhateverItsCaseAndSeparatorsButNotWithOneCharacterDifferent() throws Exception {
		long same = asset(this.pump, null, this.u + "-L24A", "IN_SERVICE");
		long spaced = asset(this.pump, null, "lot " + this.u.toLowerCase() + " l24a", "IN_SERVICE");
		long oneCharOff = asset(this.pump, null, this.u + "-L24B", "IN_SERVICE");

		Map<Long, JsonNode> found = matchWith(List.of(model(this.pump), criterion("LOT", this.u + "-L24A")));

		assertThat(found).containsOnlyKeys(same, spaced);
		assertThat(found.get(same).get("confirmation").asString()).isEqualTo("NOT_NEEDED");
		assertThat(found.get(spaced).get("doubt").asString()).isEqualTo("NORMALISED");
		assertThat(found).doesNotContainKey(oneCharOff);
	}

	@Test
	void aPastedUdiInEitherFormGivesTheIdentifierSerialAndLotThatMatchTheDevice() throws Exception {
		String gtin = NoticeTestSupport.gtin();
		long device = asset(null, this.u + "42", this.u + "L7", "IN_SERVICE");
		this.support.set(device, "udi_device_identifier", gtin.substring(1));
		long sameSerialOtherProduct = asset(this.inventory.model(this.category, "Autre " + Fixtures.unique(), null),
				this.u + "42", null, "IN_SERVICE");

		JsonNode readable = this.support.call(this.admin, NoticeTestSupport.json(post("/api/v1/safety-notices/udi"),
				Map.of("udi", "(01)" + gtin + "(17)290630(10)" + this.u + "L7(21)" + this.u + "42")), 200);
		JsonNode raw = this.support.call(this.admin,
				NoticeTestSupport.json(post("/api/v1/safety-notices/udi"),
						Map.of("udi", "]d201" + gtin + "17290630" + "10" + this.u + "L7\u001d21" + this.u + "42")),
				200);
		assertThat(raw).isEqualTo(readable);
		assertThat(readable.get("expiresOn").asString()).isEqualTo("2029-06-30");

		Map<Long, JsonNode> found = matchWith(List.of(criterion("DEVICE_IDENTIFIER", readable.get("gtin").asString()),
				criterion("SERIAL", readable.get("serial").asString())));

		assertThat(found).containsOnlyKeys(device);
		assertThat(found.get(device).get("productMatch").asString()).isEqualTo("DEVICE_IDENTIFIER");
		assertThat(found.get(device).get("confirmation").asString()).isEqualTo("NOT_NEEDED");
		assertThat(found).doesNotContainKey(sameSerialOtherProduct);
	}

	@Test
	void aNameOrAliasAloneMatchesTheModelsDevicesToConfirm() throws Exception {
		String alias = "Volu " + this.u + " Xtra";
		this.jdbc.sql("insert into inv_model_alias (model_id, alias) values (:m, :a)")
			.param("m", this.pump)
			.param("a", alias)
			.update();
		long one = asset(this.pump, this.u + "1");
		long other = asset(this.pump, null);

		Map<Long, JsonNode> found = matchWith(List.of(criterion("ALIAS", "volu" + this.u.toLowerCase() + "XTRA")));

		assertThat(found).containsOnlyKeys(one, other);
		assertThat(found.get(one).get("doubt").asString()).isEqualTo("NAME_ONLY");
		assertThat(found.get(one).get("confirmation").asString()).isEqualTo("PENDING");
	}

	@Test
	void aSerialOfAnotherManufacturerIsNotMatchedButOfTheSameManufacturerOrAnUnknownModelIsToConfirm()
			throws Exception {
		long sibling = this.support.model(this.support.manufacturerOf(this.pump), this.category,
				"Sœur " + Fixtures.unique());
		long stranger = this.inventory.model(this.category, "Étrangère " + Fixtures.unique(), null);
		long listed = asset(this.pump, this.u + "500");
		long siblingModel = asset(sibling, this.u + "500");
		long noModel = asset(null, this.u + "500");
		long otherMaker = asset(stranger, this.u + "500");

		Map<Long, JsonNode> found = matchWith(List.of(model(this.pump), criterion("SERIAL", this.u + "500")));

		assertThat(found).containsOnlyKeys(listed, siblingModel, noModel);
		assertThat(found.get(siblingModel).get("doubt").asString()).isEqualTo("OTHER_MODEL");
		assertThat(found.get(noModel).get("doubt").asString()).isEqualTo("UNKNOWN_MODEL");
		assertThat(found).doesNotContainKey(otherMaker);
	}

	@Test
	void retiredAndLentDevicesAreFoundButDisposedOnesAreNot() throws Exception {
		long retired = asset(this.pump, this.u + "1", null, "RETIRED");
		long lent = asset(this.pump, this.u + "2", null, "ON_LOAN");
		long disposed = asset(this.pump, this.u + "3", null, "DISPOSED");

		Map<Long, JsonNode> found = matchWith(List.of(model(this.pump), range(this.u + "1", this.u + "9")));

		assertThat(found).containsOnlyKeys(retired, lent);
		assertThat(found).doesNotContainKey(disposed);
	}

	@Test
	void softwareVersionsAndManufacturingDatesNarrowTheModelsDevices() throws Exception {
		long old = asset(this.pump, this.u + "1");
		this.support.set(old, "software_version", "v2.1");
		long recent = asset(this.pump, this.u + "2");
		this.support.set(recent, "manufactured_on", LocalDate.of(2024, 2, 10));
		long untouched = asset(this.pump, this.u + "3");
		this.support.set(untouched, "software_version", "3.0");

		Map<Long, JsonNode> found = matchWith(List.of(model(this.pump), criterion("SOFTWARE_VERSION", "2.1"),
				Map.of("kind", "MANUFACTURED_BETWEEN", "dateFrom", "2024-01-01", "dateTo", "2024-03-31")));

		assertThat(found).containsOnlyKeys(old, recent);
		assertThat(found.get(recent).get("matchedBy").asString()).isEqualTo("MANUFACTURED_BETWEEN");
	}

	@Test
	void aRangeWhoseEndsHaveDifferentShapesIsRefused() throws Exception {
		long notice = this.support.notice(this.admin, this.establishment.getId(), null);

		JsonNode problem = this.support.call(this.admin, NoticeTestSupport
			.json(post("/api/v1/safety-notices/{id}/criteria", notice), List.of(range("AB100", "AC200"))), 400);

		assertThat(problem.toString()).contains("valueTo").contains("NoticeRangeShape");
		assertThat(this.support.call(this.admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/safety-notices/{id}/criteria", notice), 200)).isEmpty();
	}

}
