package org.socle.inventory.relation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Relations are declared by the source asset's keepers, never to the asset itself, once
 * per type between two assets, without a loop of "part of"; removing one archives it.
 */
@SocleIntegrationTest
class RelationRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	RelationWorld w;

	@BeforeEach
	void world() {
		this.w = new RelationWorld(this.fixtures, this.inventory, this.mvc, this.jdbc);
	}

	@Test
	void aKeeperRelatesTwoAssetsAndBothSeeIt() throws Exception {
		long server = this.w.assetOfA();
		long app = this.w.assetOfA();
		this.w.relate(this.w.keeperA, app, "HOSTED_ON", server)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.createdBy").isNotEmpty());
		this.w.as(this.w.readerA, get("/api/v1/assets/{id}/relations", server))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].otherId").value(app))
			.andExpect(jsonPath("$.relations[0].outgoing").value(false))
			.andExpect(jsonPath("$.relations[0].type").value("HOSTED_ON"));
	}

	@Test
	void anAssetIsNeverRelatedToItself() throws Exception {
		long asset = this.w.assetOfA();
		this.w.relate(this.w.keeperA, asset, "DEPENDS_ON", asset)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("RelationToItself")));
	}

	@Test
	void theSameRelationTwiceIsADuplicateButAnotherTypeIsNot() throws Exception {
		long source = this.w.assetOfA();
		long target = this.w.assetOfA();
		this.w.relate(this.w.keeperA, source, "DEPENDS_ON", target).andExpect(status().isCreated());
		this.w.relate(this.w.keeperA, source, "DEPENDS_ON", target)
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("targetId")));
		this.w.relate(this.w.keeperA, source, "CONNECTED_TO", target).andExpect(status().isCreated());
	}

	@Test
	void partOfMayNotCloseALoopEvenThroughSeveralAssets() throws Exception {
		long module = this.w.assetOfA();
		long system = this.w.assetOfA();
		long room = this.w.assetOfA();
		this.w.relate(this.w.keeperA, module, "PART_OF", system).andExpect(status().isCreated());
		this.w.relate(this.w.keeperA, system, "PART_OF", room).andExpect(status().isCreated());
		long before = relations(room);
		this.w.relate(this.w.keeperA, room, "PART_OF", module)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("PartOfCycle")))
			.andExpect(content().string(containsString("targetId")));
		assertThat(relations(room)).isEqualTo(before);
		this.w.relate(this.w.keeperA, room, "DEPENDS_ON", module).andExpect(status().isCreated());
	}

	@Test
	void aRemovedRelationIsArchivedWithWhoAndWhyAndMayBeDeclaredAgain() throws Exception {
		long source = this.w.assetOfA();
		long target = this.w.assetOfA();
		String body = this.w.relate(this.w.keeperA, source, "DEPENDS_ON", target)
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		this.w
			.as(this.w.keeperA,
					RelationWorld.json(post("/api/v1/assets/{id}/relations/{r}/remove", target, id),
							"{\"version\":0,\"reason\":\"Décommissionné\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removedBy").value(this.w.keeperA.getLogin()))
			.andExpect(jsonPath("$.removeReason").value("Décommissionné"));
		assertThat(this.jdbc.sql("select count(*) from inv_asset_relation where id = ?")
			.params(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.w.as(this.w.keeperA, get("/api/v1/assets/{id}/relations", source))
			.andExpect(jsonPath("$.relations").isEmpty());
		this.w.relate(this.w.keeperA, source, "DEPENDS_ON", target).andExpect(status().isCreated());
	}

	@Test
	void aReaderWhoDoesNotKeepTheAssetIsRefusedAndAnotherTeamDoesNotSeeIt() throws Exception {
		long source = this.w.assetOfA();
		long target = this.w.assetOfA();
		this.w.relate(this.w.readerA, source, "DEPENDS_ON", target).andExpect(status().isForbidden());
		this.w.relate(this.w.keeperB, source, "DEPENDS_ON", target).andExpect(status().isNotFound());
	}

	@Test
	void aTargetOutOfTheKeepersScopeIsAnUnknownAsset() throws Exception {
		long source = this.w.assetOfA();
		long ofB = this.w.assetOfB();
		this.w.relate(this.w.keeperA, source, "CONNECTED_TO", ofB)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("UnknownAsset")));
	}

	@Test
	void aServiceLinkNeedsAServiceOfTheCatalogue() throws Exception {
		long asset = this.w.assetOfA();
		long service = this.w.service("Messagerie " + Fixtures.unique());
		this.w
			.as(this.w.keeperA,
					RelationWorld.json(post("/api/v1/assets/{id}/services", asset), "{\"serviceId\":" + service + "}"))
			.andExpect(status().isCreated());
		this.w
			.as(this.w.keeperA,
					RelationWorld.json(post("/api/v1/assets/{id}/services", asset), "{\"serviceId\":" + service + "}"))
			.andExpect(status().isConflict());
		this.w
			.as(this.w.keeperA,
					RelationWorld.json(post("/api/v1/assets/{id}/services", asset), "{\"serviceId\":999999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("UnknownService")));
	}

	private long relations(long assetId) {
		return this.jdbc.sql("select count(*) from inv_asset_relation where source_id = ? or target_id = ?")
			.params(assetId, assetId)
			.query(Long.class)
			.single();
	}

}
