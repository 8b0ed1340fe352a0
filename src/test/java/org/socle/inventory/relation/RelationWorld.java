package org.socle.inventory.relation;

import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two establishments with an IT team each, a keeper of each team's assets and a read-only
 * agent of establishment A; assets made on demand.
 */
final class RelationWorld {

	final Fixtures fixtures;

	final InventoryFixtures inventory;

	final MockMvc mvc;

	final JdbcClient jdbc;

	final Establishment a;

	final Establishment b;

	final Team teamA;

	final Team teamB;

	final UserAccount keeperA;

	final UserAccount keeperB;

	/** An agent of another team of A: reads A's assets, keeps none of team A's. */
	final UserAccount readerA;

	final UserAccount groupAdmin;

	final long category;

	RelationWorld(Fixtures fixtures, InventoryFixtures inventory, MockMvc mvc, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.inventory = inventory;
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.a = fixtures.establishment();
		this.b = fixtures.establishment();
		this.teamA = fixtures.team(this.a, TeamKind.IT);
		this.teamB = fixtures.team(this.b, TeamKind.IT);
		this.keeperA = fixtures.teamAccount(Role.AGENT, this.teamA);
		this.keeperB = fixtures.teamAccount(Role.AGENT, this.teamB);
		this.readerA = fixtures.teamAccount(Role.AGENT, fixtures.team(this.a, TeamKind.BIOMEDICAL));
		this.groupAdmin = fixtures.groupAccount(Role.ADMINISTRATOR, this.a);
		this.category = inventory.category("IT_ITEM");
	}

	long assetOfA() {
		return this.inventory.asset(this.a, this.teamA, this.category, null, "SN-" + Fixtures.unique());
	}

	long assetOfB() {
		return this.inventory.asset(this.b, this.teamB, this.category, null, "SN-" + Fixtures.unique());
	}

	String number(long assetId) {
		return this.jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(assetId)
			.query(String.class)
			.single();
	}

	/** "source TYPE target", declared through the API by the account. */
	ResultActions relate(UserAccount account, long source, String type, long target) throws Exception {
		return as(account, json(post("/api/v1/assets/{id}/relations", source),
				"{\"type\":\"" + type + "\",\"targetId\":" + target + "}"));
	}

	/** Declared straight in SQL (by a keeper of both, in effect). */
	void relateInSql(long source, String type, long target) {
		this.jdbc.sql("""
				insert into inv_asset_relation (source_id, type, target_id, created_at, created_by, last_modified_at,
				 last_modified_by) values (?, ?, ?, now(), 'test', now(), 'test')""")
			.params(source, type, target)
			.update();
	}

	/** A live catalogue service of team A. */
	long service(String name) {
		return this.jdbc.sql("""
				insert into sd_service (owner_team_id, name_fr, name_en, status, created_at, created_by,
				 last_modified_at, last_modified_by) values (?, ?, ?, 'LIVE', now(), 'test', now(), 'test')
				 returning id""").params(this.teamA.getId(), name, name + " (en)").query(Long.class).single();
	}

	ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request).accept(MediaType.APPLICATION_JSON));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
