package org.socle.inventory.relation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Impact analysis on a known graph. A switch S is down; X1 and X2 are connected to it, Y
 * depends on both (a diamond), Z depends on Y, W and Z depend on each other (a cycle),
 * and S itself depends on Z (a cycle back to the down asset). X2 belongs to establishment
 * B. A removed relation R hosted on S is not walked.
 */
@SocleIntegrationTest
class ImpactAnalysisTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	RelationWorld w;

	long s;

	long x1;

	long x2;

	long y;

	long z;

	long wAsset;

	long removed;

	long service;

	Department ward;

	@BeforeEach
	void graph() {
		this.w = new RelationWorld(this.fixtures, this.inventory, this.mvc, this.jdbc);
		this.s = this.w.assetOfA();
		this.x1 = this.w.assetOfA();
		this.x2 = this.w.assetOfB();
		this.y = this.w.assetOfA();
		this.z = this.w.assetOfA();
		this.wAsset = this.w.assetOfA();
		this.removed = this.w.assetOfA();
		this.w.relateInSql(this.x1, "CONNECTED_TO", this.s);
		this.w.relateInSql(this.x2, "CONNECTED_TO", this.s);
		this.w.relateInSql(this.y, "DEPENDS_ON", this.x1);
		this.w.relateInSql(this.y, "DEPENDS_ON", this.x2);
		this.w.relateInSql(this.z, "DEPENDS_ON", this.y);
		this.w.relateInSql(this.wAsset, "DEPENDS_ON", this.z);
		this.w.relateInSql(this.z, "DEPENDS_ON", this.wAsset);
		this.w.relateInSql(this.s, "DEPENDS_ON", this.z);
		this.w.relateInSql(this.removed, "HOSTED_ON", this.s);
		this.jdbc.sql("update inv_asset_relation set removed_at = now(), removed_by = 'test' where source_id = ?")
			.params(this.removed)
			.update();
		this.ward = this.fixtures.department(this.w.a, null, DepartmentLevel.POLE);
		this.jdbc.sql("update inv_asset set department_id = ? where id = ?").params(this.ward.getId(), this.y).update();
		this.service = this.w.service("Dossier patient " + Fixtures.unique());
		this.jdbc.sql("""
				insert into inv_asset_service (asset_id, service_id, created_at, created_by, last_modified_at,
				 last_modified_by) values (?, ?, now(), 'test', now(), 'test')""")
			.params(this.z, this.service)
			.update();
	}

	@Test
	void everyAssetIsHitOnceAtItsShortestLevelThroughDiamondsAndCycles() throws Exception {
		this.w.as(this.w.groupAdmin, get("/api/v1/assets/{id}/impact", this.s))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assets", hasSize(5)))
			.andExpect(jsonPath("$.assets[?(@.id == " + this.x1 + ")].level").value(1))
			.andExpect(jsonPath("$.assets[?(@.id == " + this.x2 + ")].level").value(1))
			.andExpect(jsonPath("$.assets[?(@.id == " + this.y + ")].level").value(2))
			.andExpect(jsonPath("$.assets[?(@.id == " + this.z + ")].level").value(3))
			.andExpect(jsonPath("$.assets[?(@.id == " + this.wAsset + ")].level").value(4))
			.andExpect(jsonPath("$.assets[?(@.id == " + this.wAsset + ")].path[*]")
				.value(containsInAnyOrder((int) this.s, (int) this.x1, (int) this.y, (int) this.z, (int) this.wAsset)))
			.andExpect(jsonPath("$.assets[*].id", not(containsInAnyOrder((int) this.s))))
			.andExpect(content().string(not(containsString("\"id\":" + this.removed + ","))));
	}

	@Test
	void servicesDepartmentsAndEstablishmentsHitAreThoseOfTheHitAssets() throws Exception {
		this.w.as(this.w.groupAdmin, get("/api/v1/assets/{id}/impact", this.s))
			.andExpect(jsonPath("$.services", hasSize(1)))
			.andExpect(jsonPath("$.services[0].serviceId").value(this.service))
			.andExpect(jsonPath("$.services[0].level").value(3))
			.andExpect(jsonPath("$.services[0].viaAssetId").value(this.z))
			.andExpect(jsonPath("$.departmentIds", containsInAnyOrder(this.ward.getId().intValue())))
			.andExpect(jsonPath("$.establishmentIds",
					containsInAnyOrder(this.w.a.getId().intValue(), this.w.b.getId().intValue())));
	}

	@Test
	void theDepthLimitStopsTheWalk() throws Exception {
		this.w.as(this.w.groupAdmin, get("/api/v1/assets/{id}/impact", this.s).param("depth", "2"))
			.andExpect(jsonPath("$.assets", hasSize(3)))
			.andExpect(jsonPath("$.services").isEmpty());
		this.w.as(this.w.groupAdmin, get("/api/v1/assets/{id}/impact", this.s).param("depth", "11"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("DepthRange")));
	}

	@Test
	void assetsOutOfTheReadersScopeAreOnlyCountedPerEstablishment() throws Exception {
		this.w.as(this.w.keeperA, get("/api/v1/assets/{id}/impact", this.s))
			.andExpect(jsonPath("$.assets", hasSize(4)))
			.andExpect(jsonPath("$.assets[*].id", not(containsInAnyOrder((int) this.x2))))
			.andExpect(jsonPath("$.hidden", hasSize(1)))
			.andExpect(jsonPath("$.hidden[0].establishmentId").value(this.w.b.getId()))
			.andExpect(jsonPath("$.hidden[0].assets").value(1))
			.andExpect(jsonPath("$.establishmentIds", containsInAnyOrder(this.w.a.getId().intValue())))
			.andExpect(content().string(not(containsString(this.w.number(this.x2)))));
	}

	@Test
	void theImpactOfAnAssetOutOfScopeIsNotFound() throws Exception {
		this.w.as(this.w.keeperB, get("/api/v1/assets/{id}/impact", this.s)).andExpect(status().isNotFound());
	}

	@Test
	void theAssetPageCardDrawsTheGraphAndListsTheHits() throws Exception {
		this.w.as(this.w.keeperA, get("/inventory/assets/{id}/impact", this.s))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString(this.w.number(this.wAsset))))
			.andExpect(content().string(not(containsString(this.w.number(this.x2)))))
			.andExpect(content().string(not(containsString(this.w.b.getName()))));
	}

	@Test
	void theListStopsAtTheLimitWhileTheLevelsCountEveryAssetHit() throws Exception {
		this.w.as(this.w.groupAdmin, get("/api/v1/assets/{id}/impact", this.s).param("limit", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assets[*].id", containsInAnyOrder((int) this.x1, (int) this.x2)))
			.andExpect(jsonPath("$.levels[*].level", contains(1, 2, 3, 4)))
			.andExpect(jsonPath("$.levels[*].assets", contains(2, 1, 1, 1)));
		this.w.as(this.w.groupAdmin, get("/api/v1/assets/{id}/impact", this.s).param("limit", "10001"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("LimitRange")));
	}

}
