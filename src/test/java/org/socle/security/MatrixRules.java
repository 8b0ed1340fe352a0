package org.socle.security;

import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;

import org.socle.directory.account.RoleGrant;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.HospitalGroup;
import org.socle.directory.organisation.Site;
import org.socle.directory.people.Person;
import org.socle.directory.team.Team;
import org.socle.servicedesk.sla.SlaRows;
import org.socle.testing.Fixtures;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint of Socle and the access rule it follows. A new endpoint must be added
 * here.
 */
final class MatrixRules {

	private final List<MatrixRule> rules = new ArrayList<>();

	private MatrixRules() {
	}

	static List<MatrixRule> all() {
		MatrixRules m = new MatrixRules();
		m.general();
		m.establishments();
		m.teams();
		m.teamMembers();
		m.sites();
		m.locations();
		m.departments();
		m.people();
		m.group();
		m.accounts();
		m.grants();
		m.me();
		m.securityLog();
		m.imports();
		m.tickets();
		m.deskPages();
		m.deskAttachments();
		m.deskLinks();
		m.deskAgentTools();
		m.deskMail();
		m.portal();
		m.deskCalendars();
		m.deskCatalogue();
		m.deskServiceLevels();
		m.deskSatisfaction();
		m.deskReports();
		m.inventoryRegister();
		m.inventoryRelations();
		m.inventoryPlans();
		m.inventoryImports();
		m.inventoryWorkOrders();
		m.inventoryNotices();
		m.inventoryMobile();
		m.deskReportPublication();
		return m.rules;
	}

	private void inventoryRelations() {
		String asset = "/inventory/assets/{id}";
		add("GET", asset + "/relations", Access.ASSET_READ,
				(w, s) -> get(asset + "/relations", InventoryRelationsRows.asset(w, s)));
		add("POST", asset + "/relations", Access.ASSET_KEEP,
				(w, s) -> post(asset + "/relations", InventoryRelationsRows.asset(w, s)).param("type", "HOSTED_ON")
					.param("targetNumber", InventoryRelationsRows.number(w, InventoryRelationsRows.asset(w, s))));
		add("POST", asset + "/relations/{relationId}/remove", Access.ASSET_KEEP, (w, s) -> {
			long source = InventoryRelationsRows.asset(w, s);
			return post(asset + "/relations/{r}/remove", source, InventoryRelationsRows.relation(w, s, source))
				.param("reason", "Matrice");
		});
		add("POST", asset + "/services", Access.ASSET_KEEP,
				(w, s) -> post(asset + "/services", InventoryRelationsRows.asset(w, s)).param("serviceId",
						String.valueOf(InventoryRelationsRows.service(w, s))));
		add("POST", asset + "/services/{linkId}/remove", Access.ASSET_KEEP, (w, s) -> {
			long id = InventoryRelationsRows.asset(w, s);
			return post(asset + "/services/{l}/remove", id, InventoryRelationsRows.serviceLink(w, s, id));
		});
		add("GET", asset + "/impact", Access.ASSET_READ,
				(w, s) -> get(asset + "/impact", InventoryRelationsRows.asset(w, s)));
		add("GET", asset + "/contracts", Access.ASSET_READ,
				(w, s) -> get(asset + "/contracts", InventoryRelationsRows.asset(w, s)));
		String api = "/api/v1/assets/{id}";
		add("GET", api + "/relations", Access.ASSET_READ,
				(w, s) -> get(api + "/relations", InventoryRelationsRows.asset(w, s)));
		add("POST", api + "/relations", Access.ASSET_KEEP,
				(w, s) -> json(post(api + "/relations", InventoryRelationsRows.asset(w, s)),
						Map.of("type", "DEPENDS_ON", "targetId", InventoryRelationsRows.asset(w, s))));
		add("POST", api + "/relations/{relationId}/remove", Access.ASSET_KEEP, (w, s) -> {
			long source = InventoryRelationsRows.asset(w, s);
			return json(post(api + "/relations/{r}/remove", source, InventoryRelationsRows.relation(w, s, source)),
					Map.of("reason", "Matrice"));
		});
		add("POST", api + "/services", Access.ASSET_KEEP,
				(w, s) -> json(post(api + "/services", InventoryRelationsRows.asset(w, s)),
						Map.of("serviceId", InventoryRelationsRows.service(w, s))));
		add("POST", api + "/services/{linkId}/remove", Access.ASSET_KEEP, (w, s) -> {
			long id = InventoryRelationsRows.asset(w, s);
			return json(post(api + "/services/{l}/remove", id, InventoryRelationsRows.serviceLink(w, s, id)),
					Map.of("reason", "Matrice"));
		});
		add("GET", api + "/impact", Access.ASSET_READ,
				(w, s) -> get(api + "/impact", InventoryRelationsRows.asset(w, s)));
		String contracts = "/inventory/contracts";
		add("GET", contracts, Access.SCOPED_LIST, (w, s) -> get(contracts));
		add("GET", contracts + "/export.csv", Access.SCOPED_LIST, (w, s) -> get(contracts + "/export.csv"));
		add("GET", contracts + "/new", Access.SIGNED_IN, (w, s) -> get(contracts + "/new"));
		add("POST", contracts, Access.ASSET_KEEP_CREATE,
				(w, s) -> post(contracts).params(form(InventoryRelationsRows.contractForm(w, s))));
		add("GET", contracts + "/{id}", Access.ASSET_READ,
				(w, s) -> get(contracts + "/{id}", InventoryRelationsRows.contract(w, s)));
		add("GET", contracts + "/{id}/edit", Access.ASSET_KEEP,
				(w, s) -> get(contracts + "/{id}/edit", InventoryRelationsRows.contract(w, s)));
		add("POST", contracts + "/{id}", Access.ASSET_KEEP, (w, s) -> {
			Map<String, Object> form = InventoryRelationsRows.contractForm(w, s);
			form.put("version", 0);
			return post(contracts + "/{id}", InventoryRelationsRows.contract(w, s)).params(form(form));
		});
		add("POST", contracts + "/{id}/archive", Access.ASSET_KEEP,
				(w, s) -> post(contracts + "/{id}/archive", InventoryRelationsRows.contract(w, s)).param("version", "0")
					.param("reason", "Matrice"));
		add("POST", contracts + "/{id}/assets", Access.ASSET_KEEP,
				(w, s) -> post(contracts + "/{id}/assets", InventoryRelationsRows.contract(w, s))
					.param("inventoryNumber", InventoryRelationsRows.number(w, InventoryRelationsRows.asset(w, s))));
		add("POST", contracts + "/{id}/assets/{assetId}/remove", Access.ASSET_KEEP, (w, s) -> {
			long id = InventoryRelationsRows.contract(w, s);
			return post(contracts + "/{id}/assets/{a}/remove", id, InventoryRelationsRows.coveredAsset(w, id));
		});
		add("POST", contracts + "/reminders/{reminderId}/handled", Access.ASSET_KEEP,
				(w, s) -> post(contracts + "/reminders/{id}/handled", InventoryRelationsRows.reminder(w, s)));
		String contractApi = "/api/v1/contracts";
		add("GET", contractApi, Access.SCOPED_LIST, (w, s) -> get(contractApi));
		add("GET", contractApi + "/{id}", Access.ASSET_READ,
				(w, s) -> get(contractApi + "/{id}", InventoryRelationsRows.contract(w, s)));
		add("POST", contractApi, Access.ASSET_KEEP_CREATE,
				(w, s) -> json(post(contractApi), InventoryRelationsRows.contractForm(w, s)));
		add("PUT", contractApi + "/{id}", Access.ASSET_KEEP, (w, s) -> {
			Map<String, Object> form = InventoryRelationsRows.contractForm(w, s);
			form.put("version", 0);
			return json(put(contractApi + "/{id}", InventoryRelationsRows.contract(w, s)), form);
		});
		add("POST", contractApi + "/{id}/archive", Access.ASSET_KEEP,
				(w, s) -> json(post(contractApi + "/{id}/archive", InventoryRelationsRows.contract(w, s)),
						Map.of("version", 0, "reason", "Matrice")));
		add("GET", contractApi + "/{id}/assets", Access.ASSET_READ,
				(w, s) -> get(contractApi + "/{id}/assets", InventoryRelationsRows.contract(w, s)));
		add("POST", contractApi + "/{id}/assets", Access.ASSET_KEEP,
				(w, s) -> json(post(contractApi + "/{id}/assets", InventoryRelationsRows.contract(w, s)),
						Map.of("assetId", InventoryRelationsRows.asset(w, s))));
		add("POST", contractApi + "/{id}/assets/{assetId}/remove", Access.ASSET_KEEP, (w, s) -> {
			long id = InventoryRelationsRows.contract(w, s);
			return post(contractApi + "/{id}/assets/{a}/remove", id, InventoryRelationsRows.coveredAsset(w, id));
		});
		add("GET", "/api/v1/suppliers", Access.DESK_WORKER, (w, s) -> get("/api/v1/suppliers"));
		String suppliers = "/inventory/suppliers";
		add("GET", suppliers, Access.DESK_WORKER, (w, s) -> get(suppliers));
		add("GET", suppliers + "/new", Access.GROUP_ADMIN, (w, s) -> get(suppliers + "/new"));
		add("POST", suppliers, Access.GROUP_ADMIN,
				(w, s) -> post(suppliers).param("name", "Fournisseur " + Fixtures.unique()));
		add("GET", suppliers + "/{id}", Access.DESK_WORKER,
				(w, s) -> get(suppliers + "/{id}", InventoryRelationsRows.supplier(w)));
		add("GET", suppliers + "/{id}/edit", Access.GROUP_ADMIN,
				(w, s) -> get(suppliers + "/{id}/edit", InventoryRelationsRows.supplier(w)));
		add("POST", suppliers + "/{id}", Access.GROUP_ADMIN,
				(w, s) -> post(suppliers + "/{id}", InventoryRelationsRows.supplier(w))
					.param("name", "Fournisseur " + Fixtures.unique())
					.param("version", "0"));
		add("POST", suppliers + "/{id}/archive", Access.GROUP_ADMIN,
				(w, s) -> post(suppliers + "/{id}/archive", InventoryRelationsRows.supplier(w)).param("version", "0"));
	}

	private void general() {
		add("GET", "/login", Access.PUBLIC, (w, s) -> get("/login"));
		add("GET", "/", Access.SIGNED_IN, (w, s) -> get("/"));
	}

	private void establishments() {
		add("GET", "/directory/establishments", Access.SCOPED_LIST, (w, s) -> get("/directory/establishments"));
		add("GET", "/directory/establishments/export.csv", Access.SCOPED_LIST,
				(w, s) -> get("/directory/establishments/export.csv"));
		add("GET", "/directory/establishments/new", Access.SIGNED_IN, (w, s) -> get("/directory/establishments/new"));
		add("GET", "/directory/establishments/{id}", Access.SCOPED_READ,
				(w, s) -> get("/directory/establishments/{id}", w.establishment(s).getId()));
		add("GET", "/directory/establishments/{id}/history", Access.SCOPED_READ,
				(w, s) -> get("/directory/establishments/{id}/history", w.establishment(s).getId()));
		add("GET", "/directory/establishments/{id}/edit", Access.SCOPED_READ,
				(w, s) -> get("/directory/establishments/{id}/edit", w.establishment(s).getId()));
		add("POST", "/directory/establishments", Access.GROUP_ADMIN,
				(w, s) -> post("/directory/establishments").params(form(newEstablishment())));
		add("POST", "/directory/establishments/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/establishments/{id}", w.establishment(s).getId())
					.params(form(sameEstablishment(w.establishment(s)))));
		add("GET", "/api/v1/establishments", Access.SCOPED_LIST, (w, s) -> get("/api/v1/establishments?size=200"));
		add("GET", "/api/v1/establishments/{id}", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/establishments/{id}", w.establishment(s).getId()));
		add("POST", "/api/v1/establishments", Access.GROUP_ADMIN,
				(w, s) -> json(post("/api/v1/establishments"), newEstablishment()));
		add("PUT", "/api/v1/establishments/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(put("/api/v1/establishments/{id}", w.establishment(s).getId()),
						sameEstablishment(w.establishment(s))));
	}

	private void teams() {
		add("GET", "/directory/teams", Access.SCOPED_LIST, (w, s) -> get("/directory/teams"));
		add("GET", "/directory/teams/export.csv", Access.SCOPED_LIST, (w, s) -> get("/directory/teams/export.csv"));
		add("GET", "/directory/teams/new", Access.SIGNED_IN, (w, s) -> get("/directory/teams/new"));
		add("POST", "/directory/teams", Access.CREATE_IN_ESTABLISHMENT,
				(w, s) -> post("/directory/teams").params(form(newTeam(w, s))));
		add("GET", "/directory/teams/{id}", Access.SCOPED_READ,
				(w, s) -> get("/directory/teams/{id}", w.team(s).getId()));
		add("GET", "/directory/teams/{id}/history", Access.SCOPED_READ,
				(w, s) -> get("/directory/teams/{id}/history", w.team(s).getId()));
		add("GET", "/directory/teams/{id}/edit", Access.SCOPED_READ,
				(w, s) -> get("/directory/teams/{id}/edit", w.team(s).getId()));
		add("POST", "/directory/teams/{id}", Access.ESTABLISHMENT_ADMIN, (w, s) -> {
			Team team = w.freshTeam(s);
			return post("/directory/teams/{id}", team.getId()).params(form(sameTeam(team)));
		});
		add("POST", "/directory/teams/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/teams/{id}/archive", w.freshTeam(s).getId()).param("version", "0")
					.param("reason", "Matrice"));
		add("GET", "/api/v1/teams", Access.SCOPED_LIST, (w, s) -> get("/api/v1/teams?size=200"));
		add("GET", "/api/v1/teams/{id}", Access.SCOPED_READ, (w, s) -> get("/api/v1/teams/{id}", w.team(s).getId()));
		add("POST", "/api/v1/teams", Access.CREATE_IN_ESTABLISHMENT,
				(w, s) -> json(post("/api/v1/teams"), newTeam(w, s)));
		add("PUT", "/api/v1/teams/{id}", Access.ESTABLISHMENT_ADMIN, (w, s) -> {
			Team team = w.freshTeam(s);
			return json(put("/api/v1/teams/{id}", team.getId()), sameTeam(team));
		});
		add("POST", "/api/v1/teams/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/api/v1/teams/{id}/archive", w.freshTeam(s).getId()),
						Map.of("version", 0, "reason", "Matrice")));
	}

	private void teamMembers() {
		add("GET", "/directory/teams/{id}/members", Access.SCOPED_READ,
				(w, s) -> get("/directory/teams/{id}/members", w.team(s).getId()));
		add("GET", "/directory/teams/{id}/members/candidates", Access.TEAM_MANAGER,
				(w, s) -> get("/directory/teams/{id}/members/candidates", w.team(s).getId()).param("q", "Personne"));
		add("POST", "/directory/teams/{id}/members", Access.TEAM_MANAGER,
				(w, s) -> post("/directory/teams/{id}/members", w.team(s).getId())
					.param("personId", String.valueOf(w.freshPerson(s).getId()))
					.param("role", "AGENT"));
		add("POST", "/directory/teams/{id}/members/{memberId}", Access.TEAM_MANAGER,
				(w, s) -> post("/directory/teams/{id}/members/{memberId}", w.team(s).getId(), w.freshMember(s).getId())
					.param("role", "LEAD")
					.param("version", "0"));
		add("POST", "/directory/teams/{id}/members/{memberId}/remove", Access.TEAM_MANAGER,
				(w, s) -> post("/directory/teams/{id}/members/{memberId}/remove", w.team(s).getId(),
						w.freshMember(s).getId()));
		add("GET", "/api/v1/teams/{teamId}/members", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/teams/{id}/members", w.team(s).getId()));
		add("POST", "/api/v1/teams/{teamId}/members", Access.TEAM_MANAGER,
				(w, s) -> json(post("/api/v1/teams/{id}/members", w.team(s).getId()),
						Map.of("personId", w.freshPerson(s).getId(), "role", "AGENT")));
		add("PUT", "/api/v1/teams/{teamId}/members/{memberId}", Access.TEAM_MANAGER,
				(w, s) -> json(
						put("/api/v1/teams/{id}/members/{memberId}", w.team(s).getId(), w.freshMember(s).getId()),
						Map.of("role", "LEAD", "version", 0)));
		add("DELETE", "/api/v1/teams/{teamId}/members/{memberId}", Access.TEAM_MANAGER,
				(w, s) -> delete("/api/v1/teams/{id}/members/{memberId}", w.team(s).getId(), w.freshMember(s).getId()));
	}

	private void sites() {
		crudPages("/directory/sites", (w, s) -> w.site(s).getId(), (w, s) -> newSite(w.establishment(s)),
				(w, s) -> sameSite(w.freshSite(s)));
		add("POST", "/directory/sites/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/sites/{id}/archive", w.freshSite(s).getId()).param("version", "0")
					.param("reason", "Matrice"));
		crudApi("/api/v1/sites", (w, s) -> w.site(s).getId(), (w, s) -> newSite(w.establishment(s)),
				(w, s) -> sameSite(w.freshSite(s)));
		add("POST", "/api/v1/sites/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/api/v1/sites/{id}/archive", w.freshSite(s).getId()),
						Map.of("version", 0, "reason", "Matrice")));
	}

	private void locations() {
		add("GET", "/directory/sites/{siteId}/locations/new", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> get("/directory/sites/{id}/locations/new", w.site(s).getId()));
		add("POST", "/directory/sites/{siteId}/locations", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/sites/{id}/locations", w.site(s).getId()).param("kind", "BUILDING")
					.param("name", "Bâtiment " + Fixtures.unique()));
		add("GET", "/directory/locations/{id}", Access.SCOPED_READ,
				(w, s) -> get("/directory/locations/{id}", w.freshBuilding(s).getId()));
		add("GET", "/directory/locations/{id}/history", Access.SCOPED_READ,
				(w, s) -> get("/directory/locations/{id}/history", w.freshBuilding(s).getId()));
		add("GET", "/directory/locations/{id}/edit", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> get("/directory/locations/{id}/edit", w.freshBuilding(s).getId()));
		add("POST", "/directory/locations/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/locations/{id}", w.freshBuilding(s).getId()).param("name", "Renommé")
					.param("version", "0"));
		add("POST", "/directory/locations/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/locations/{id}/archive", w.freshBuilding(s).getId()).param("version", "0")
					.param("reason", "Matrice"));
		add("GET", "/api/v1/sites/{siteId}/locations", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/sites/{id}/locations", w.site(s).getId()));
		add("POST", "/api/v1/sites/{siteId}/locations", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/api/v1/sites/{id}/locations", w.site(s).getId()),
						Map.of("kind", "BUILDING", "name", "Bâtiment " + Fixtures.unique())));
		add("GET", "/api/v1/locations/{id}", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/locations/{id}", w.freshBuilding(s).getId()));
		add("PUT", "/api/v1/locations/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(put("/api/v1/locations/{id}", w.freshBuilding(s).getId()),
						Map.of("name", "Renommé", "version", 0)));
		add("POST", "/api/v1/locations/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/api/v1/locations/{id}/archive", w.freshBuilding(s).getId()),
						Map.of("version", 0, "reason", "Matrice")));
	}

	private void departments() {
		crudPages("/directory/departments", (w, s) -> w.pole(s).getId(), (w, s) -> newPole(w.establishment(s)),
				(w, s) -> samePole(w.freshPole(s)));
		add("GET", "/directory/departments/tree", Access.SCOPED_READ, (w, s) -> get("/directory/departments/tree")
			.param("establishment", String.valueOf(w.establishment(s).getId())));
		add("GET", "/directory/departments/parent-options", Access.SCOPED_LIST,
				(w, s) -> get("/directory/departments/parent-options").param("establishmentId",
						String.valueOf(w.establishment(s).getId())));
		add("POST", "/directory/departments/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/departments/{id}/archive", w.freshPole(s).getId()).param("version", "0")
					.param("reason", "Matrice"));
		crudApi("/api/v1/departments", (w, s) -> w.pole(s).getId(), (w, s) -> newPole(w.establishment(s)),
				(w, s) -> samePole(w.freshPole(s)));
		add("POST", "/api/v1/departments/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/api/v1/departments/{id}/archive", w.freshPole(s).getId()),
						Map.of("version", 0, "reason", "Matrice")));
	}

	private void people() {
		crudPages("/directory/people", (w, s) -> w.person(s).getId(), (w, s) -> newPerson(w.establishment(s)),
				(w, s) -> samePerson(w.freshPerson(s)));
		add("GET", "/directory/people/department-options", Access.SCOPED_LIST,
				(w, s) -> get("/directory/people/department-options").param("establishmentId",
						String.valueOf(w.establishment(s).getId())));
		add("POST", "/directory/people/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/directory/people/{id}/archive", w.freshPerson(s).getId()).param("version", "0")
					.param("reason", "Matrice"));
		crudApi("/api/v1/people", (w, s) -> w.person(s).getId(), (w, s) -> newPerson(w.establishment(s)),
				(w, s) -> samePerson(w.freshPerson(s)));
		add("POST", "/api/v1/people/{id}/archive", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/api/v1/people/{id}/archive", w.freshPerson(s).getId()),
						Map.of("version", 0, "reason", "Matrice")));
	}

	private void group() {
		add("GET", "/directory/group", Access.GROUP_READ, (w, s) -> get("/directory/group"));
		add("GET", "/directory/group/history", Access.GROUP_READ, (w, s) -> get("/directory/group/history"));
		add("GET", "/directory/group/edit", Access.GROUP_EDIT, (w, s) -> get("/directory/group/edit"));
		add("GET", "/api/v1/group", Access.GROUP_READ, (w, s) -> get("/api/v1/group"));
		add("POST", "/directory/group", Access.GROUP_EDIT,
				(w, s) -> post("/directory/group").params(form(sameGroup(w.group()))));
		add("PUT", "/api/v1/group", Access.GROUP_EDIT, (w, s) -> json(put("/api/v1/group"), sameGroup(w.group())));
	}

	private void accounts() {
		add("GET", "/directory/accounts", Access.SCOPED_LIST, (w, s) -> get("/directory/accounts"));
		add("GET", "/directory/accounts/export.csv", Access.SCOPED_LIST,
				(w, s) -> get("/directory/accounts/export.csv"));
		add("GET", "/directory/accounts/new", Access.CREATE_FORM, (w, s) -> get("/directory/accounts/new"));
		add("GET", "/directory/accounts/new/people", Access.SCOPED_LIST,
				(w, s) -> get("/directory/accounts/new/people").param("q", "Personne"));
		add("POST", "/directory/accounts", Access.CREATE_IN_ESTABLISHMENT,
				(w, s) -> post("/directory/accounts").params(form(newAccount(w.freshPerson(s)))));
		add("POST", "/api/v1/accounts", Access.CREATE_IN_ESTABLISHMENT,
				(w, s) -> json(post("/api/v1/accounts"), newAccount(w.freshPerson(s))));
		for (String page : List.of("", "/edit", "/history", "/roles")) {
			add("GET", "/directory/accounts/{id}" + page, Access.ACCOUNT_ADMIN,
					(w, s) -> get("/directory/accounts/{id}" + page, w.freshAccount(s).getId()));
		}
		add("POST", "/directory/accounts/{id}", Access.ACCOUNT_ADMIN,
				(w, s) -> post("/directory/accounts/{id}", w.freshAccount(s).getId()).param("locale", "en")
					.param("enabled", "true")
					.param("version", "0"));
		add("POST", "/directory/accounts/{id}/enabled", Access.ACCOUNT_ADMIN,
				(w, s) -> post("/directory/accounts/{id}/enabled", w.freshAccount(s).getId()).param("version", "0")
					.param("enabled", "false"));
		add("POST", "/directory/accounts/{id}/unlock", Access.ACCOUNT_ADMIN,
				(w, s) -> post("/directory/accounts/{id}/unlock", w.freshAccount(s).getId()));
		add("POST", "/directory/accounts/{id}/password", Access.ACCOUNT_ADMIN,
				(w, s) -> post("/directory/accounts/{id}/password", w.freshAccount(s).getId()).param("password",
						"Un-mot-de-passe-long-2026"));
		add("GET", "/api/v1/accounts", Access.SCOPED_LIST, (w, s) -> get("/api/v1/accounts?size=200"));
		add("GET", "/api/v1/accounts/{id}", Access.ACCOUNT_ADMIN,
				(w, s) -> get("/api/v1/accounts/{id}", w.freshAccount(s).getId()));
		add("PUT", "/api/v1/accounts/{id}", Access.ACCOUNT_ADMIN,
				(w, s) -> json(put("/api/v1/accounts/{id}", w.freshAccount(s).getId()),
						Map.of("locale", "en", "enabled", true, "version", 0)));
		add("POST", "/api/v1/accounts/{id}/unlock", Access.ACCOUNT_ADMIN,
				(w, s) -> post("/api/v1/accounts/{id}/unlock", w.freshAccount(s).getId()));
		add("POST", "/api/v1/accounts/{id}/password", Access.ACCOUNT_ADMIN,
				(w, s) -> json(post("/api/v1/accounts/{id}/password", w.freshAccount(s).getId()),
						Map.of("password", "Un-mot-de-passe-long-2026")));
	}

	private void grants() {
		add("POST", "/directory/accounts/{id}/roles", Access.ACCOUNT_ADMIN, (w,
				s) -> post("/directory/accounts/{id}/roles", w.freshAccount(s).getId()).params(form(staffOf(w, s))));
		add("POST", "/directory/accounts/{id}/roles/{grantId}/revoke", Access.ACCOUNT_ADMIN, (w, s) -> {
			RoleGrant grant = w.freshGrant(s);
			return post("/directory/accounts/{id}/roles/{grantId}/revoke", grant.getAccount().getId(), grant.getId());
		});
		add("GET", "/api/v1/accounts/{accountId}/grants", Access.ACCOUNT_ADMIN,
				(w, s) -> get("/api/v1/accounts/{id}/grants", w.freshAccount(s).getId()));
		add("POST", "/api/v1/accounts/{accountId}/grants", Access.ACCOUNT_ADMIN,
				(w, s) -> json(post("/api/v1/accounts/{id}/grants", w.freshAccount(s).getId()), staffOf(w, s)));
		add("DELETE", "/api/v1/accounts/{accountId}/grants/{grantId}", Access.ACCOUNT_ADMIN, (w, s) -> {
			RoleGrant grant = w.freshGrant(s);
			return delete("/api/v1/accounts/{id}/grants/{grantId}", grant.getAccount().getId(), grant.getId());
		});
	}

	private void me() {
		add("GET", "/me/tokens", Access.SIGNED_IN, (w, s) -> get("/me/tokens"));
		add("POST", "/me/tokens", Access.SIGNED_IN_ANSWERED_IN_PAGE,
				(w, s) -> post("/me/tokens").param("name", "Matrice"));
		add("POST", "/me/tokens/{tokenId}/revoke", Access.OTHERS_RECORD,
				(w, s) -> post("/me/tokens/{id}/revoke", w.someoneElsesToken()));
		add("GET", "/me/password", Access.SIGNED_IN, (w, s) -> get("/me/password"));
		// the new password is the fixtures' one, so the profile can sign in the same
		// afterwards
		add("POST", "/me/password", Access.SIGNED_IN,
				(w, s) -> post("/me/password").param("currentPassword", Fixtures.PASSWORD)
					.param("newPassword", Fixtures.PASSWORD));
		add("POST", "/api/v1/me/password", Access.SIGNED_IN, (w, s) -> json(post("/api/v1/me/password"),
				Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", Fixtures.PASSWORD)));
		add("GET", "/api/v1/me/tokens", Access.SIGNED_IN, (w, s) -> get("/api/v1/me/tokens"));
		add("POST", "/api/v1/me/tokens", Access.SIGNED_IN,
				(w, s) -> json(post("/api/v1/me/tokens"), Map.of("name", "Matrice")));
		add("DELETE", "/api/v1/me/tokens/{tokenId}", Access.OTHERS_RECORD,
				(w, s) -> delete("/api/v1/me/tokens/{id}", w.someoneElsesToken()));
	}

	private void tickets() {
		String base = "/api/v1/tickets";
		add("GET", base, Access.SCOPED_LIST, (w, s) -> get(base + "?size=200"));
		add("GET", base + "?queue=ALL", Access.SCOPED_LIST, (w, s) -> get(base + "?queue=ALL&size=200"));
		add("POST", base, Access.RAISE_TICKET,
				(w, s) -> json(post(base), Map.of("type", "INCIDENT", "title", "Matrice", "teamId", w.team(s).getId(),
						"establishmentId", w.establishment(s).getId(), "impact", 2, "urgency", 2)));
		add("GET", base + "/{id}", Access.SCOPED_READ, (w, s) -> get(base + "/{id}", w.ticket(s).getId()));
		add("POST", base + "/{id}/transitions", Access.WORK_TICKET,
				(w, s) -> json(post(base + "/{id}/transitions", w.freshTicket(s).getId()),
						Map.of("to", "CANCELLED", "version", 0)));
		add("POST", base + "/{id}/assignment", Access.WORK_TICKET,
				(w, s) -> json(post(base + "/{id}/assignment", w.freshTicket(s).getId()),
						Map.of("assigneeId", w.freshMember(s).getPerson().getId(), "version", 0)));
		add("POST", base + "/{id}/transfer", Access.WORK_TICKET,
				(w, s) -> json(post(base + "/{id}/transfer", w.freshTicket(s).getId()),
						Map.of("teamId", w.freshTeam(s).getId(), "version", 0)));
		add("GET", base + "/{id}/comments", Access.SCOPED_READ,
				(w, s) -> get(base + "/{id}/comments", w.ticket(s).getId()));
		add("POST", base + "/{id}/comments", Access.WORK_TICKET,
				(w, s) -> json(post(base + "/{id}/comments", w.ticket(s).getId()),
						Map.of("body", "Matrice", "internal", false)));
		add("GET", base + "/{id}/time-entries", Access.SCOPED_READ,
				(w, s) -> get(base + "/{id}/time-entries", w.ticket(s).getId()));
		add("POST", base + "/{id}/time-entries", Access.WORK_TICKET,
				(w, s) -> json(post(base + "/{id}/time-entries", w.ticket(s).getId()), Map.of("minutes", 5)));
		add("GET", base + "/{id}/timeline", Access.SCOPED_READ,
				(w, s) -> get(base + "/{id}/timeline", w.ticket(s).getId()));
	}

	private void deskPages() {
		String base = "/servicedesk/tickets";
		add("GET", "/servicedesk/queues", Access.SCOPED_LIST, (w, s) -> get("/servicedesk/queues?view=ALL"));
		add("GET", "/servicedesk/queues/export.csv", Access.SCOPED_LIST,
				(w, s) -> get("/servicedesk/queues/export.csv?view=ALL"));
		add("GET", base + "/new", Access.SIGNED_IN, (w, s) -> get(base + "/new"));
		add("POST", base, Access.RAISE_TICKET,
				(w, s) -> post(base).params(form(
						Map.of("type", "INCIDENT", "title", "Matrice", "teamId", w.team(s).getId(), "establishmentId",
								w.establishment(s).getId(), "impact", 2, "urgency", 2, "channel", "PHONE"))));
		add("GET", base + "/people", Access.SCOPED_LIST, (w, s) -> get(base + "/people?q=a"));
		add("GET", base + "/{id}", Access.SCOPED_READ, (w, s) -> get(base + "/{id}", w.ticket(s).getId()));
		add("POST", base + "/{id}/assign-to-me", Access.WORK_TICKET,
				(w, s) -> post(base + "/{id}/assign-to-me", w.freshTicket(s).getId()).param("version", "0"));
		add("POST", base + "/{id}/status", Access.WORK_TICKET,
				(w, s) -> post(base + "/{id}/status", w.freshTicket(s).getId()).param("to", "CANCELLED")
					.param("version", "0"));
		add("POST", base + "/{id}/comments", Access.WORK_TICKET,
				(w, s) -> post(base + "/{id}/comments", w.ticket(s).getId()).param("body", "Matrice"));
		add("POST", base + "/{id}/transfer", Access.WORK_TICKET,
				(w, s) -> post(base + "/{id}/transfer", w.freshTicket(s).getId())
					.param("teamId", String.valueOf(w.freshTeam(s).getId()))
					.param("version", "0"));
		add("POST", base + "/{id}/time", Access.WORK_TICKET,
				(w, s) -> post(base + "/{id}/time", w.ticket(s).getId()).param("minutes", "5"));
	}

	/** Attachments of tickets (pages and API). */
	private void deskAttachments() {
		String api = "/api/v1/tickets/{id}/attachments";
		String pages = "/servicedesk/tickets/{id}/attachments";
		add("GET", api, Access.SCOPED_READ, (w, s) -> get(api, w.ticket(s).getId()));
		add("POST", api, Access.WORK_TICKET, (w, s) -> multipart(api, w.ticket(s).getId())
			.file(org.socle.servicedesk.attachment.AttachmentMatrixRequests.photo()));
		add("GET", api + "/{attachmentId}/content", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/tickets").with(org.socle.servicedesk.attachment.AttachmentMatrixRequests
					.toNewAttachment(w.ticket(s).getId(), "/api/v1/tickets/%d/attachments/%d/content")));
		add("POST", pages, Access.WORK_TICKET, (w, s) -> multipart(pages, w.ticket(s).getId())
			.file(org.socle.servicedesk.attachment.AttachmentMatrixRequests.photo()));
		add("GET", pages + "/{attachmentId}", Access.SCOPED_READ,
				(w, s) -> get("/servicedesk/tickets").with(org.socle.servicedesk.attachment.AttachmentMatrixRequests
					.toNewAttachment(w.ticket(s).getId(), "/servicedesk/tickets/%d/attachments/%d")));
		add("POST", api + "/{attachmentId}/removal", Access.WORK_TICKET,
				(w, s) -> json(post("/api/v1/tickets"), Map.of("reason", "matrice"))
					.with(org.socle.servicedesk.attachment.AttachmentMatrixRequests.toNewAttachment(w.ticket(s).getId(),
							"/api/v1/tickets/%d/attachments/%d/removal")));
		add("POST", pages + "/{attachmentId}/removal", Access.WORK_TICKET,
				(w, s) -> post("/servicedesk/tickets").param("reason", "matrice")
					.with(org.socle.servicedesk.attachment.AttachmentMatrixRequests.toNewAttachment(w.ticket(s).getId(),
							"/servicedesk/tickets/%d/attachments/%d/removal")));
	}

	/** Tags, watchers, related tickets, priority changes. */
	private void deskLinks() {
		String api = "/api/v1/tickets/{id}";
		add("GET", api + "/tags", Access.SCOPED_READ, (w, s) -> get(api + "/tags", w.ticket(s).getId()));
		add("POST", api + "/tags", Access.WORK_TICKET,
				(w, s) -> json(post(api + "/tags", w.ticket(s).getId()), Map.of("tag", "matrice")));
		add("DELETE", api + "/tags/{tag}", Access.WORK_TICKET,
				(w, s) -> delete(api + "/tags/matrice", w.ticket(s).getId()));
		add("GET", api + "/watchers", Access.SCOPED_READ, (w, s) -> get(api + "/watchers", w.ticket(s).getId()));
		add("PUT", api + "/watchers/me", Access.SCOPED_READ, (w, s) -> put(api + "/watchers/me", w.ticket(s).getId()));
		add("DELETE", api + "/watchers/me", Access.SCOPED_READ,
				(w, s) -> delete(api + "/watchers/me", w.ticket(s).getId()));
		add("POST", api + "/watchers", Access.WORK_TICKET,
				(w, s) -> json(post(api + "/watchers", w.ticket(s).getId()), Map.of("personId", w.person(s).getId())));
		add("DELETE", api + "/watchers/{personId}", Access.WORK_TICKET,
				(w, s) -> delete(api + "/watchers/{p}", w.ticket(s).getId(), w.person(s).getId()));
		add("GET", api + "/links", Access.SCOPED_READ, (w, s) -> get(api + "/links", w.ticket(s).getId()));
		add("POST", api + "/links", Access.WORK_TICKET, (w, s) -> json(post(api + "/links", w.freshTicket(s).getId()),
				Map.of("kind", "RELATES_TO", "number", w.freshTicket(s).getNumber())));
		add("DELETE", api + "/links", Access.WORK_TICKET,
				(w, s) -> delete(api + "/links", w.freshTicket(s).getId()).param("kind", "RELATES_TO")
					.param("number", w.ticket(s).getNumber()));
		add("POST", api + "/priority", Access.WORK_TICKET,
				(w, s) -> json(post(api + "/priority", w.freshTicket(s).getId()),
						Map.of("impact", 1, "urgency", 1, "version", 0)));
		String page = "/servicedesk/tickets/{id}";
		add("POST", page + "/tags", Access.WORK_TICKET,
				(w, s) -> post(page + "/tags", w.ticket(s).getId()).param("tag", "matrice"));
		add("POST", page + "/tags/remove", Access.WORK_TICKET,
				(w, s) -> post(page + "/tags/remove", w.ticket(s).getId()).param("tag", "matrice"));
		add("POST", page + "/watch", Access.SCOPED_READ, (w, s) -> post(page + "/watch", w.ticket(s).getId()));
		add("POST", page + "/unwatch", Access.SCOPED_READ, (w, s) -> post(page + "/unwatch", w.ticket(s).getId()));
		add("GET", page + "/watchers/candidates", Access.WORK_TICKET,
				(w, s) -> get(page + "/watchers/candidates", w.ticket(s).getId()).param("q", "a"));
		add("POST", page + "/watchers", Access.WORK_TICKET, (w, s) -> post(page + "/watchers", w.ticket(s).getId())
			.param("personId", String.valueOf(w.person(s).getId())));
		add("POST", page + "/watchers/{personId}/remove", Access.WORK_TICKET,
				(w, s) -> post(page + "/watchers/{p}/remove", w.ticket(s).getId(), w.person(s).getId()));
		add("POST", page + "/links", Access.WORK_TICKET,
				(w, s) -> post(page + "/links", w.freshTicket(s).getId()).param("kind", "RELATES_TO")
					.param("number", w.freshTicket(s).getNumber()));
		add("POST", page + "/links/remove", Access.WORK_TICKET,
				(w, s) -> post(page + "/links/remove", w.freshTicket(s).getId()).param("kind", "RELATES_TO")
					.param("number", w.ticket(s).getNumber()));
		add("POST", page + "/priority", Access.WORK_TICKET,
				(w, s) -> post(page + "/priority", w.freshTicket(s).getId()).param("impact", "1")
					.param("urgency", "1")
					.param("version", "0"));
	}

	/** Categories, saved filters, bulk actions. */
	private void deskAgentTools() {
		String pages = "/servicedesk/teams/{teamId}/categories";
		String tree = "/servicedesk/teams/%d/categories/{id}/";
		add("GET", "/servicedesk/categories", Access.SIGNED_IN, (w, s) -> get("/servicedesk/categories"));
		add("GET", pages, Access.SCOPED_READ, (w, s) -> get(pages, w.team(s).getId()));
		add("POST", pages, Access.TEAM_MANAGER,
				(w, s) -> post(pages, w.team(s).getId()).param("name", "Matrice " + Fixtures.unique()));
		add("POST", pages + "/{id}/rename", Access.TEAM_MANAGER,
				(w, s) -> post("/")
					.with(org.socle.servicedesk.category.ToolRows.onFreshCategory(w.team(s).getId(), tree + "rename"))
					.param("name", "Renommée " + Fixtures.unique())
					.param("version", "0"));
		add("POST", pages + "/{id}/move", Access.TEAM_MANAGER,
				(w, s) -> post("/")
					.with(org.socle.servicedesk.category.ToolRows.onFreshCategory(w.team(s).getId(), tree + "move"))
					.param("version", "0"));
		add("POST", pages + "/{id}/archive", Access.TEAM_MANAGER,
				(w, s) -> post("/")
					.with(org.socle.servicedesk.category.ToolRows.onFreshCategory(w.team(s).getId(), tree + "archive"))
					.param("reason", "Matrice")
					.param("version", "0"));
		add("GET", "/servicedesk/categories/select", Access.SCOPED_LIST,
				(w, s) -> get("/servicedesk/categories/select").param("teamId", String.valueOf(w.team(s).getId())));
		add("POST", "/servicedesk/tickets/{id}/category", Access.WORK_TICKET,
				(w, s) -> post("/servicedesk/tickets/{id}/category", w.freshTicket(s).getId()).param("version", "0"));
		String api = "/api/v1/teams/{teamId}/categories";
		String category = "/api/v1/categories/{id}";
		add("GET", api, Access.SCOPED_READ, (w, s) -> get(api, w.team(s).getId()));
		add("POST", api, Access.TEAM_MANAGER,
				(w, s) -> json(post(api, w.team(s).getId()), Map.of("name", "Matrice " + Fixtures.unique())));
		add("GET", category, Access.SCOPED_READ, (w, s) -> get("/")
			.with(org.socle.servicedesk.category.ToolRows.onFreshCategory(w.team(s).getId(), category)));
		add("PUT", category, Access.TEAM_MANAGER,
				(w, s) -> json(
						put("/")
							.with(org.socle.servicedesk.category.ToolRows.onFreshCategory(w.team(s).getId(), category)),
						Map.of("name", "Renommée " + Fixtures.unique(), "version", 0)));
		add("POST", category + "/archive", Access.TEAM_MANAGER, (w, s) -> json(post("/")
			.with(org.socle.servicedesk.category.ToolRows.onFreshCategory(w.team(s).getId(), category + "/archive")),
				Map.of("reason", "Matrice", "version", 0)));
		add("POST", "/api/v1/tickets/{id}/category", Access.WORK_TICKET,
				(w, s) -> json(post("/api/v1/tickets/{id}/category", w.freshTicket(s).getId()), Map.of("version", 0)));
		add("GET", "/servicedesk/queues/people", Access.SCOPED_LIST,
				(w, s) -> get("/servicedesk/queues/people?person=a"));
		add("GET", "/servicedesk/saved-filters", Access.SIGNED_IN, (w, s) -> get("/servicedesk/saved-filters"));
		add("POST", "/servicedesk/saved-filters", Access.SIGNED_IN,
				(w, s) -> post("/servicedesk/saved-filters").param("name", "Matrice " + Fixtures.unique())
					.param("view", "ALL"));
		add("POST", "/servicedesk/saved-filters/{id}/delete", Access.OTHERS_RECORD,
				(w, s) -> post("/").with(org.socle.servicedesk.category.ToolRows
					.onSomeoneElsesFilter("/servicedesk/saved-filters/{id}/delete")));
		String filters = "/api/v1/me/ticket-filters";
		add("GET", filters, Access.SIGNED_IN, (w, s) -> get(filters));
		add("POST", filters, Access.SIGNED_IN,
				(w, s) -> json(post(filters), Map.of("name", "Matrice " + Fixtures.unique(), "query", "view=ALL")));
		add("DELETE", filters + "/{id}", Access.OTHERS_RECORD, (w, s) -> delete("/")
			.with(org.socle.servicedesk.category.ToolRows.onSomeoneElsesFilter(filters + "/{id}")));
		add("POST", "/servicedesk/queues/bulk", Access.SIGNED_IN,
				(w, s) -> post("/servicedesk/queues/bulk").param("action", "ASSIGN")
					.param("tickets", w.freshTicket(s).getId() + ":0"));
		add("POST", "/api/v1/tickets/bulk", Access.SIGNED_IN, (w, s) -> json(post("/api/v1/tickets/bulk"),
				Map.of("action", "ASSIGN", "tickets", List.of(Map.of("id", w.freshTicket(s).getId(), "version", 0)))));
	}

	/**
	 * Business calendars: read by those who work tickets, kept by group administrators.
	 */
	private void deskCalendars() {
		String pages = "/servicedesk/calendars";
		add("GET", pages, Access.DESK_WORKER, (w, s) -> get(pages));
		add("GET", pages + "/new", Access.GROUP_ADMIN, (w, s) -> get(pages + "/new"));
		add("POST", pages, Access.GROUP_ADMIN, (w, s) -> post(pages).params(form(calendar(0))));
		add("GET", pages + "/{id}", Access.DESK_WORKER, (w,
				s) -> get(pages + "/{id}", w.freshCalendar()).param("from", "2026-11-20T17:00").param("hours", "2"));
		add("GET", pages + "/{id}/edit", Access.GROUP_ADMIN, (w, s) -> get(pages + "/{id}/edit", w.freshCalendar()));
		add("POST", pages + "/{id}", Access.GROUP_ADMIN,
				(w, s) -> post(pages + "/{id}", w.freshCalendar()).params(form(calendar(0))));
		add("POST", pages + "/{id}/archive", Access.GROUP_ADMIN,
				(w, s) -> post(pages + "/{id}/archive", w.freshCalendar()).param("version", "0")
					.param("reason", "Matrice"));
		String api = "/api/v1/calendars";
		add("GET", api, Access.DESK_WORKER, (w, s) -> get(api));
		add("POST", api, Access.GROUP_ADMIN, (w, s) -> json(post(api), calendarJson()));
		add("GET", api + "/{id}", Access.DESK_WORKER, (w, s) -> get(api + "/{id}", w.freshCalendar()));
		add("PUT", api + "/{id}", Access.GROUP_ADMIN,
				(w, s) -> json(put(api + "/{id}", w.freshCalendar()), calendarJson()));
		add("POST", api + "/{id}/archive", Access.GROUP_ADMIN, (w,
				s) -> json(post(api + "/{id}/archive", w.freshCalendar()), Map.of("version", 0, "reason", "Matrice")));
		add("GET", api + "/{id}/due", Access.DESK_WORKER,
				(w, s) -> get(api + "/{id}/due", w.freshCalendar()).param("from", "2026-11-20T17:00:00+01:00")
					.param("minutes", "120"));
	}

	/** A calendar's page form: Monday 08:00-18:00. */
	private static Map<String, Object> calendar(long version) {
		return Map.of("name", "Calendrier " + Fixtures.unique(), "zoneId", "Europe/Paris", "holidays", "FRANCE",
				"hours[0].day", "MONDAY", "hours[0].start", "08:00", "hours[0].end", "18:00", "version", version);
	}

	private static Map<String, Object> calendarJson() {
		return Map.of("name", "Calendrier " + Fixtures.unique(), "zoneId", "Europe/Paris", "holidays", "FRANCE",
				"hours", List.of(Map.of("day", "MONDAY", "start", "08:00", "end", "18:00")), "version", 0);
	}

	/** The service catalogue, its request forms and approvals. */
	private void deskCatalogue() {
		String pages = "/servicedesk/services";
		add("GET", pages, Access.SCOPED_LIST, (w, s) -> get(pages).param("status", "LIVE"));
		add("GET", pages + "/new", Access.SIGNED_IN, (w, s) -> get(pages + "/new"));
		add("POST", pages, Access.TEAM_MANAGER, (w, s) -> post(pages).params(form(newService(w, s))));
		add("GET", pages + "/{id}", Access.SCOPED_READ, (w, s) -> get("/").with(freshService(w, s, pages + "/{id}")));
		add("GET", pages + "/{id}/edit", Access.TEAM_MANAGER,
				(w, s) -> get("/").with(freshService(w, s, pages + "/{id}/edit")));
		add("POST", pages + "/{id}", Access.TEAM_MANAGER,
				(w, s) -> post("/").with(freshService(w, s, pages + "/{id}")).params(form(sameService(w, s))));
		add("POST", pages + "/{id}/retire", Access.TEAM_MANAGER,
				(w, s) -> post("/").with(freshService(w, s, pages + "/{id}/retire"))
					.param("version", "0")
					.param("reason", "Matrice"));
		String items = pages + "/{serviceId}/items";
		add("GET", items + "/new", Access.TEAM_MANAGER,
				(w, s) -> get("/").with(freshService(w, s, pages + "/{id}/items/new")));
		add("POST", items, Access.TEAM_MANAGER,
				(w, s) -> post("/").with(freshService(w, s, pages + "/{id}/items")).params(form(newItem())));
		add("GET", items + "/{itemId}", Access.TEAM_MANAGER,
				(w, s) -> get("/").with(freshItem(w, s, pages + "/{id}/items/{item}")));
		add("POST", items + "/{itemId}", Access.TEAM_MANAGER,
				(w, s) -> post("/").with(freshItem(w, s, pages + "/{id}/items/{item}"))
					.params(form(Map.of("labelFr", "Matrice", "labelEn", "Matrix", "approval", "NONE", "version", 0))));
		String api = "/api/v1/services";
		add("GET", api, Access.SCOPED_LIST, (w, s) -> get(api));
		add("POST", api, Access.TEAM_MANAGER, (w, s) -> json(post(api), newServiceJson(w, s)));
		add("GET", api + "/{id}", Access.SCOPED_READ, (w, s) -> get("/").with(freshService(w, s, api + "/{id}")));
		add("PUT", api + "/{id}", Access.TEAM_MANAGER,
				(w, s) -> json(put("/").with(freshService(w, s, api + "/{id}")), sameServiceJson(w, s)));
		add("POST", api + "/{id}/retire", Access.TEAM_MANAGER,
				(w, s) -> json(post("/").with(freshService(w, s, api + "/{id}/retire")),
						Map.of("version", 0, "reason", "Matrice")));
		add("GET", api + "/{id}/items", Access.SCOPED_READ,
				(w, s) -> get("/").with(freshService(w, s, api + "/{id}/items")));
		add("POST", api + "/{id}/items", Access.TEAM_MANAGER,
				(w, s) -> json(post("/").with(freshService(w, s, api + "/{id}/items")), newItem()));
		add("PUT", api + "/{id}/items/{itemId}", Access.TEAM_MANAGER,
				(w, s) -> json(put("/").with(freshItem(w, s, api + "/{id}/items/{item}")),
						Map.of("labelFr", "Matrice", "labelEn", "Matrix", "approval", "NONE", "version", 0)));
		add("GET", "/api/v1/tickets/{id}/answers", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/tickets/{id}/answers", w.ticket(s).getId()));
		add("POST", "/servicedesk/tickets/{id}/service", Access.WORK_TICKET,
				(w, s) -> post("/servicedesk/tickets/{id}/service", w.freshTicket(s).getId()).param("version", "0"));
		add("POST", "/api/v1/tickets/{id}/service", Access.WORK_TICKET,
				(w, s) -> json(post("/api/v1/tickets/{id}/service", w.freshTicket(s).getId()), Map.of("version", 0)));
		String portal = "/portal/catalogue";
		add("GET", portal, Access.SIGNED_IN, (w, s) -> get(portal).param("q", "Service"));
		// a service is offered only to people of the establishments it serves
		add("GET", portal + "/{serviceId}", Access.RAISE_ON_PORTAL,
				(w, s) -> get("/").with(freshService(w, s, portal + "/{id}")));
		add("GET", portal + "/{serviceId}/items/{itemId}", Access.RAISE_ON_PORTAL,
				(w, s) -> get("/").with(freshItem(w, s, portal + "/{id}/items/{item}")));
		add("POST", portal + "/{serviceId}/items/{itemId}", Access.RAISE_ON_PORTAL,
				(w, s) -> post("/").with(freshItem(w, s, portal + "/{id}/items/{item}")).param("details", "Matrice"));
		add("GET", portal + "/people", Access.SCOPED_LIST, (w, s) -> get(portal + "/people").param("q", "a"));
		add("GET", portal + "/requests", Access.SIGNED_IN, (w, s) -> get(portal + "/requests"));
		add("GET", "/portal/approvals", Access.SIGNED_IN, (w, s) -> get("/portal/approvals"));
		// only the approver decides: to everyone else the request does not exist
		add("POST", "/portal/approvals/{id}/approve", Access.OTHERS_RECORD,
				(w, s) -> post("/").with(org.socle.servicedesk.catalogue.CatalogueRows.onSomeoneElsesRequest(
						w.team(s).getId(), w.establishment(s).getId(), "/portal/approvals/{id}/approve")));
		add("POST", "/portal/approvals/{id}/refuse", Access.OTHERS_RECORD,
				(w, s) -> post("/")
					.with(org.socle.servicedesk.catalogue.CatalogueRows.onSomeoneElsesRequest(w.team(s).getId(),
							w.establishment(s).getId(), "/portal/approvals/{id}/refuse"))
					.param("comment", "Matrice"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor freshService(World w, Side s,
			String path) {
		return org.socle.servicedesk.catalogue.CatalogueRows.onFreshService(w.team(s).getId(),
				w.establishment(s).getId(), path);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor freshItem(World w, Side s,
			String path) {
		return org.socle.servicedesk.catalogue.CatalogueRows.onFreshItem(w.team(s).getId(), w.establishment(s).getId(),
				path);
	}

	private static Map<String, Object> newService(World w, Side s) {
		return Map.of("ownerTeamId", w.team(s).getId(), "nameFr", "Matrice " + Fixtures.unique(), "nameEn", "Matrix",
				"status", "LIVE", "customerIds", w.establishment(s).getId());
	}

	private static Map<String, Object> sameService(World w, Side s) {
		return Map.of("ownerTeamId", w.team(s).getId(), "nameFr", "Matrice", "nameEn", "Matrix", "status", "LIVE",
				"customerIds", w.establishment(s).getId(), "version", 0);
	}

	private static Map<String, Object> newServiceJson(World w, Side s) {
		return Map.of("ownerTeamId", w.team(s).getId(), "nameFr", "Matrice " + Fixtures.unique(), "nameEn", "Matrix",
				"status", "LIVE", "customerIds", List.of(w.establishment(s).getId()));
	}

	private static Map<String, Object> sameServiceJson(World w, Side s) {
		return Map.of("ownerTeamId", w.team(s).getId(), "nameFr", "Matrice", "nameEn", "Matrix", "status", "LIVE",
				"customerIds", List.of(w.establishment(s).getId()), "version", 0);
	}

	private static Map<String, Object> newItem() {
		return Map.of("labelFr", "Matrice", "labelEn", "Matrix", "approval", "NONE");
	}

	/** Service level agreements, SLA clocks and escalations. */
	private void deskServiceLevels() {
		String api = "/api/v1/agreements";
		String pages = "/servicedesk/agreements";
		add("GET", api, Access.SCOPED_LIST, (w, s) -> get(api));
		add("POST", api, Access.TEAM_MANAGER, (w, s) -> json(post(api), agreementBody(w, s)));
		add("GET", api + "/{id}", Access.SCOPED_READ,
				(w, s) -> get("/").with(SlaRows.onFreshAgreement(w.team(s).getId(), api + "/{id}")));
		add("PUT", api + "/{id}", Access.TEAM_MANAGER,
				(w, s) -> json(put("/").with(SlaRows.onFreshAgreement(w.team(s).getId(), api + "/{id}")),
						withVersion(w, s)));
		add("POST", api + "/{id}/archive", Access.TEAM_MANAGER,
				(w, s) -> json(post("/").with(SlaRows.onFreshAgreement(w.team(s).getId(), api + "/{id}/archive")),
						Map.of("reason", "Matrice", "version", 0)));
		add("GET", "/api/v1/tickets/{id}/sla-clocks", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/tickets/{id}/sla-clocks", w.ticket(s).getId()));
		add("GET", pages, Access.SIGNED_IN, (w, s) -> get(pages));
		add("GET", pages + "/new", Access.SIGNED_IN, (w, s) -> get(pages + "/new"));
		add("POST", pages, Access.TEAM_MANAGER, (w, s) -> post(pages).params(form(agreementForm(w, s))));
		add("GET", pages + "/{id}", Access.TEAM_MANAGER,
				(w, s) -> get("/").with(SlaRows.onFreshAgreement(w.team(s).getId(), pages + "/{id}")));
		add("POST", pages + "/{id}", Access.TEAM_MANAGER,
				(w, s) -> post("/").with(SlaRows.onFreshAgreement(w.team(s).getId(), pages + "/{id}"))
					.params(form(agreementForm(w, s))));
		add("POST", pages + "/{id}/archive", Access.TEAM_MANAGER,
				(w, s) -> post("/").with(SlaRows.onFreshAgreement(w.team(s).getId(), pages + "/{id}/archive"))
					.param("reason", "Matrice")
					.param("version", "0"));
		add("POST", "/api/v1/sla/sweep", Access.GROUP_ADMIN, (w, s) -> post("/api/v1/sla/sweep"));
	}

	private static Map<String, Object> agreementBody(World w, Side s) {
		return Map.of("kind", "OLA", "name", "Matrice " + Fixtures.unique(), "teamId", w.team(s).getId(),
				"atRiskPercent", 75, "validFrom", "2026-01-01", "targets",
				List.of(Map.of("priority", 1, "responseMinutes", 10, "resolutionMinutes", 60)));
	}

	private static Map<String, Object> withVersion(World w, Side s) {
		Map<String, Object> body = new java.util.HashMap<>(agreementBody(w, s));
		body.put("version", 0);
		return body;
	}

	private static Map<String, Object> agreementForm(World w, Side s) {
		return Map.of("kind", "OLA", "name", "Matrice " + Fixtures.unique(), "teamId", w.team(s).getId(),
				"atRiskPercent", 75, "validFrom", "2026-01-01", "version", 0, "targets[0].priority", 1,
				"targets[0].responseMinutes", 10, "targets[0].resolutionMinutes", 60);
	}

	/** Satisfaction surveys. */
	private void deskSatisfaction() {
		// the link of a satisfaction mail: its token is the credential, anyone may use it
		add("GET", "/satisfaction/{token}", Access.PUBLIC,
				(w, s) -> get("/").with(org.socle.servicedesk.satisfaction.SatisfactionRows.onFreshInvitation(
						w.ticket(s).getId(), w.team(s).getId(), w.establishment(s).getId(), "/satisfaction/{token}")));
		add("POST", "/satisfaction/{token}", Access.PUBLIC,
				(w, s) -> post("/")
					.with(org.socle.servicedesk.satisfaction.SatisfactionRows.onFreshInvitation(w.ticket(s).getId(),
							w.team(s).getId(), w.establishment(s).getId(), "/satisfaction/{token}"))
					.param("rating", "8"));
		add("GET", "/api/v1/tickets/{id}/satisfaction", Access.SCOPED_READ,
				(w, s) -> get("/api/v1/tickets/{id}/satisfaction", w.ticket(s).getId()));
		// staff surveys: run by administrators and team leads of the establishments asked
		String surveys = "/servicedesk/surveys";
		add("GET", surveys, Access.SIGNED_IN, (w, s) -> get(surveys));
		add("GET", surveys + "/new", Access.SIGNED_IN, (w, s) -> get(surveys + "/new"));
		add("POST", surveys, Access.TEAM_MANAGER,
				(w, s) -> post(surveys).param("title", "Matrice " + Fixtures.unique())
					.param("question", "Note ?")
					.param("opensOn", java.time.LocalDate.now().toString())
					.param("closesOn", java.time.LocalDate.now().plusDays(7).toString())
					.param("establishmentIds", String.valueOf(w.establishment(s).getId())));
		add("GET", surveys + "/{id}", Access.TEAM_MANAGER,
				(w, s) -> get("/").with(org.socle.servicedesk.satisfaction.SatisfactionRows
					.onFreshCampaign(w.establishment(s).getId(), surveys + "/{id}")));
		add("GET", "/api/v1/surveys", Access.SIGNED_IN, (w, s) -> get("/api/v1/surveys"));
		add("GET", "/api/v1/surveys/{id}", Access.TEAM_MANAGER,
				(w, s) -> get("/").with(org.socle.servicedesk.satisfaction.SatisfactionRows
					.onFreshCampaign(w.establishment(s).getId(), "/api/v1/surveys/{id}")));
		// answered on the portal by the staff of the establishments asked (every
		// profile's
		// person is of A), once each
		add("GET", "/portal/surveys/{id}", Access.RAISE_ON_PORTAL,
				(w, s) -> get("/").with(org.socle.servicedesk.satisfaction.SatisfactionRows
					.onFreshCampaign(w.establishment(s).getId(), "/portal/surveys/{id}")));
		add("POST", "/portal/surveys/{id}", Access.RAISE_ON_PORTAL,
				(w, s) -> post("/")
					.with(org.socle.servicedesk.satisfaction.SatisfactionRows
						.onFreshCampaign(w.establishment(s).getId(), "/portal/surveys/{id}"))
					.param("rating", "7"));
	}

	/**
	 * Publishing monthly figures: group administrators only. January 2001 holds no test's
	 * tickets, so publishing it changes no other test's figures.
	 */
	private void deskReportPublication() {
		add("POST", "/api/v1/reports/publications", Access.GROUP_ADMIN,
				(w, s) -> post("/api/v1/reports/publications").param("from", "2001-01").param("to", "2001-01"));
	}

	/**
	 * Service reports: of team T of the side (the API's bare report too, narrowed to what
	 * its reader works).
	 */
	private void inventoryMobile() {
		add("GET", "/m/assets/{inventoryNumber}", Access.SCOPED_READ, (w, s) -> get("/m/assets/{n}", w.assetNumber(s)));
		add("GET", "/servicedesk/assets/{assetId}/tickets", Access.SCOPED_READ,
				(w, s) -> get("/servicedesk/assets/{id}/tickets", w.asset(s)).param("open", "true"));
		add("POST", "/servicedesk/assets/{assetId}/faults", Access.SCOPED_READ,
				(w, s) -> post("/servicedesk/assets/{id}/faults", w.asset(s)).param("summary", "Matrice"));
		add("GET", "/inventory/labels", Access.SCOPED_LIST, (w, s) -> get("/inventory/labels"));
		add("GET", "/inventory/labels.pdf", Access.SCOPED_LIST,
				(w, s) -> get("/inventory/labels.pdf").param("establishmentId", "" + w.establishment(s).getId()));
		add("GET", "/inventory/assets/{id}/label.pdf", Access.ASSET_READ,
				(w, s) -> get("/inventory/assets/{id}/label.pdf", w.asset(s)));
		add("GET", "/inventory/assets/{id}/label", Access.ASSET_READ,
				(w, s) -> get("/inventory/assets/{id}/label", w.asset(s)));
	}

	private void deskReports() {
		String pages = "/servicedesk/reports";
		String api = "/api/v1/reports";
		add("GET", api + "/service", Access.DESK_WORKER, (w, s) -> get(api + "/service"));
		for (String path : List.of(pages, pages + "/tickets", pages + "/monthly", pages + "/export.xlsx",
				pages + "/export.pdf", api + "/service", api + "/service/tickets", api + "/monthly")) {
			add("GET", path, Access.SERVICE_REPORT,
					(w, s) -> get(path).param("teamId", String.valueOf(w.team(s).getId()))
						.param("drill", "CREATED")
						.param("month", "2026-02"));
		}
	}

	/**
	 * Work orders, the maintenance register and indicators: a work order is read and
	 * worked as its asset is; lists and files hold only the reader's assets.
	 */
	private void inventoryWorkOrders() {
		String pages = "/inventory/work-orders";
		String api = "/api/v1/work-orders";
		add("GET", pages, Access.SCOPED_LIST, (w, s) -> get(pages));
		add("GET", pages + "/export.csv", Access.SCOPED_LIST, (w, s) -> get(pages + "/export.csv"));
		add("GET", api, Access.SCOPED_LIST, (w, s) -> get(api));
		for (String base : List.of(pages, api)) {
			add("GET", base + "/{id}", Access.ASSET_KEEP,
					(w, s) -> get(base + "/{id}", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN")));
		}
		add("POST", api, Access.ASSET_KEEP,
				(w, s) -> json(post(api), Map.of("assetId", WorkOrderMatrixData.asset(w, s), "title", "Matrice")));
		add("POST", pages + "/{id}/transitions", Access.ASSET_KEEP,
				(w, s) -> post(pages + "/{id}/transitions", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN"))
					.param("to", "IN_PROGRESS"));
		add("POST", api + "/{id}/transitions", Access.ASSET_KEEP,
				(w, s) -> json(
						post(api + "/{id}/transitions", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN")),
						Map.of("to", "IN_PROGRESS")));
		Map<String, Object> record = Map.of("technicianName", "Matrice", "employer", "Biomed", "minutes", 5);
		add("POST", pages + "/{id}/work-records", Access.ASSET_KEEP,
				(w, s) -> post(pages + "/{id}/work-records", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN"))
					.params(form(record)));
		add("POST", api + "/{id}/work-records", Access.ASSET_KEEP,
				(w, s) -> json(
						post(api + "/{id}/work-records", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN")),
						record));
		Map<String, Object> part = Map.of("reference", "REF-1", "quantity", 1);
		add("POST", pages + "/{id}/parts", Access.ASSET_KEEP,
				(w, s) -> post(pages + "/{id}/parts", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN"))
					.params(form(part)));
		add("POST", api + "/{id}/parts", Access.ASSET_KEEP, (w,
				s) -> json(post(api + "/{id}/parts", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN")), part));
		Map<String, Object> check = Map.of("label", "Pression", "unit", "kPa", "lowerLimit", 1, "upperLimit", 2);
		add("POST", pages + "/{id}/checks", Access.ASSET_KEEP,
				(w, s) -> post(pages + "/{id}/checks", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN"))
					.params(form(check)));
		add("POST", api + "/{id}/checks", Access.ASSET_KEEP,
				(w, s) -> json(post(api + "/{id}/checks", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN")),
						check));
		add("POST", pages + "/{id}/checks/{lineId}", Access.ASSET_KEEP, (w, s) -> {
			long order = WorkOrderMatrixData.workOrder(w, s, "SAFETY_TEST", "OPEN");
			return post(pages + "/{id}/checks/{line}", order, WorkOrderMatrixData.checkLine(w, order))
				.param("measuredValue", "5");
		});
		add("PUT", api + "/{id}/checks/{lineId}", Access.ASSET_KEEP, (w, s) -> {
			long order = WorkOrderMatrixData.workOrder(w, s, "SAFETY_TEST", "OPEN");
			return json(put(api + "/{id}/checks/{line}", order, WorkOrderMatrixData.checkLine(w, order)),
					Map.of("measuredValue", 5));
		});
		add("POST", pages + "/{id}/result", Access.ASSET_KEEP,
				(w, s) -> post(pages + "/{id}/result", WorkOrderMatrixData.workOrder(w, s, "SAFETY_TEST", "OPEN"))
					.param("conformity", "CONFORMING"));
		add("PUT", api + "/{id}/result", Access.ASSET_KEEP,
				(w, s) -> json(put(api + "/{id}/result", WorkOrderMatrixData.workOrder(w, s, "SAFETY_TEST", "OPEN")),
						Map.of("conformity", "CONFORMING")));
		add("POST", pages + "/{id}/downtime", Access.ASSET_KEEP,
				(w, s) -> post(pages + "/{id}/downtime", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN"))
					.param("downSince", "2026-03-02T08:00"));
		add("PUT", api + "/{id}/downtime", Access.ASSET_KEEP,
				(w, s) -> json(put(api + "/{id}/downtime", WorkOrderMatrixData.workOrder(w, s, "CORRECTIVE", "OPEN")),
						Map.of("downSince", "2026-03-02T08:00:00Z")));
		for (String base : List.of(pages, api)) {
			add("POST", base + "/{id}/nonconformities/{nonconformityId}/restart", Access.ASSET_KEEP, (w, s) -> {
				long[] failed = WorkOrderMatrixData.restartableNonconformity(w, s);
				return json(post(base + "/{id}/nonconformities/{nc}/restart", failed[0], failed[1]), Map.of());
			});
		}
		String asset = "/inventory/assets/{assetId}/work-orders";
		add("GET", asset, Access.ASSET_KEEP,
				(w, s) -> get("/inventory/assets/{id}/work-orders", WorkOrderMatrixData.asset(w, s)));
		add("POST", asset, Access.ASSET_KEEP,
				(w, s) -> post("/inventory/assets/{id}/work-orders", WorkOrderMatrixData.asset(w, s)).param("title",
						"Matrice"));
		String tickets = "/api/v1/tickets/{id}/work-orders";
		add("GET", tickets, Access.SCOPED_READ, (w, s) -> get(tickets, w.ticket(s).getId()));
		add("POST", tickets, Access.WORK_TICKET,
				(w, s) -> json(post(tickets, w.ticket(s).getId()), Map.of("assetId", WorkOrderMatrixData.asset(w, s))));
		String ticketPage = "/servicedesk/tickets/{id}/work-orders";
		add("POST", ticketPage, Access.WORK_TICKET,
				(w, s) -> post(ticketPage, WorkOrderMatrixData.ticketAboutAsset(w, s)).param("title", "Matrice"));
		for (String path : List.of("/inventory/register", "/inventory/register/export.pdf",
				"/inventory/register/export.xlsx", "/inventory/indicators", "/api/v1/maintenance-indicators")) {
			add("GET", path, Access.SCOPED_LIST, (w, s) -> get(path));
		}
		add("GET", "/api/v1/assets/{id}/register", Access.ASSET_KEEP,
				(w, s) -> get("/api/v1/assets/{id}/register", WorkOrderMatrixData.asset(w, s)));
	}

	/** Team mailboxes and the mail outbox. */
	private void deskMail() {
		String base = "/servicedesk/mailboxes";
		add("GET", base, Access.SCOPED_LIST, (w, s) -> get(base));
		add("GET", base + "/{teamId}", Access.TEAM_MANAGER, (w, s) -> get(base + "/{id}", w.team(s).getId()));
		// No version: the first allowed profile creates the mailbox, the next ones' saves
		// are
		// refused as stale (back to the form by a redirect): both pass the access check.
		add("POST", base + "/{teamId}", Access.TEAM_MANAGER,
				(w, s) -> post(base + "/{id}", w.team(s).getId()).params(form(Map.of("address", "boite@example.org",
						"imapHost", "imap.example.org", "imapPort", 993, "ssl", true, "username", "boite", "password",
						"secret", "folder", "INBOX", "enabled", false))));
	}

	/** The staff portal, and its topics' administration. */
	private void portal() {
		add("GET", "/portal", Access.SIGNED_IN, (w, s) -> get("/portal"));
		add("GET", "/portal/new", Access.SIGNED_IN, (w, s) -> get("/portal/new"));
		add("POST", "/portal/tickets", Access.RAISE_ON_PORTAL,
				(w, s) -> post("/portal/tickets").param("topicId", String.valueOf(w.freshPortalTopic(s)))
					.param("title", "Matrice")
					.param("affected", "ME")
					.param("urgency", "SOON"));
		add("GET", "/portal/tickets/{id}", Access.SCOPED_READ,
				(w, s) -> get("/portal/tickets/{id}", w.ticket(s).getId()));
		add("POST", "/portal/tickets/{id}/answer", Access.WORK_TICKET,
				(w, s) -> post("/portal/tickets/{id}/answer", w.freshTicket(s).getId()).param("body", "Matrice"));
		add("POST", "/portal/tickets/{id}/confirm", Access.WORK_TICKET,
				(w, s) -> post("/portal/tickets/{id}/confirm", w.freshTicket(s).getId()).param("version", "0"));
		add("POST", "/portal/tickets/{id}/reopen", Access.WORK_TICKET,
				(w, s) -> post("/portal/tickets/{id}/reopen", w.freshTicket(s).getId()).param("version", "0")
					.param("body", "Matrice"));
		add("POST", "/portal/tickets/{id}/watch", Access.SCOPED_READ,
				(w, s) -> post("/portal/tickets/{id}/watch", w.ticket(s).getId()));
		add("POST", "/portal/tickets/{id}/unwatch", Access.SCOPED_READ,
				(w, s) -> post("/portal/tickets/{id}/unwatch", w.ticket(s).getId()));
		String topics = "/servicedesk/portal-topics";
		add("GET", topics, Access.SIGNED_IN, (w, s) -> get(topics));
		add("GET", topics + "/new", Access.CREATE_FORM, (w, s) -> get(topics + "/new"));
		add("POST", topics, Access.CREATE_IN_ESTABLISHMENT,
				(w, s) -> post(topics)
					.params(form(Map.of("establishmentId", w.establishment(s).getId(), "teamId", w.team(s).getId(),
							"type", "INCIDENT", "labelFr", "Matrice", "labelEn", "Matrix", "icon", "printer"))));
		// a topic is read and changed by administrators of its establishment only
		add("GET", topics + "/{id}", Access.ACCOUNT_ADMIN, (w, s) -> get(topics + "/{id}", w.freshPortalTopic(s)));
		add("POST", topics + "/{id}", Access.ACCOUNT_ADMIN,
				(w, s) -> post(topics + "/{id}", w.freshPortalTopic(s)).params(form(Map.of("establishmentId",
						w.establishment(s).getId(), "teamId", w.team(s).getId(), "type", "INCIDENT", "labelFr",
						"Matrice", "labelEn", "Matrix", "icon", "printer", "version", 0))));
		add("POST", topics + "/{id}/archive", Access.ACCOUNT_ADMIN,
				(w, s) -> post(topics + "/{id}/archive", w.freshPortalTopic(s)).param("reason", "Matrice"));
	}

	private void securityLog() {
		add("GET", "/directory/security-log", Access.GROUP_ADMIN, (w, s) -> get("/directory/security-log"));
		add("GET", "/directory/security-log/export.csv", Access.GROUP_ADMIN,
				(w, s) -> get("/directory/security-log/export.csv"));
		add("GET", "/api/v1/security-events", Access.GROUP_ADMIN, (w, s) -> get("/api/v1/security-events"));
	}

	private void imports() {
		String unknownJob = "00000000-0000-0000-0000-000000000000";
		add("GET", "/directory/imports", Access.SIGNED_IN, (w, s) -> get("/directory/imports"));
		add("GET", "/directory/imports/templates/{kind}.csv", Access.SIGNED_IN,
				(w, s) -> get("/directory/imports/templates/people.csv"));
		add("POST", "/directory/imports", Access.CREATE_FORM,
				(w, s) -> multipart("/directory/imports").file(peopleFile(w, s)).param("kind", "people"));
		add("POST", "/api/v1/imports/{kind}", Access.CREATE_FORM,
				(w, s) -> multipart("/api/v1/imports/people").file(peopleFile(w, s)));
		add("GET", "/directory/imports/{jobId}", Access.OTHERS_RECORD,
				(w, s) -> get("/directory/imports/" + unknownJob));
		add("POST", "/directory/imports/{jobId}/confirm", Access.OTHERS_IMPORT,
				(w, s) -> post("/directory/imports/" + unknownJob + "/confirm"));
		add("POST", "/directory/imports/{jobId}/cancel", Access.OTHERS_RECORD,
				(w, s) -> post("/directory/imports/" + unknownJob + "/cancel"));
		add("GET", "/api/v1/imports/{jobId}", Access.OTHERS_RECORD, (w, s) -> get("/api/v1/imports/" + unknownJob));
		add("POST", "/api/v1/imports/{jobId}/confirm", Access.OTHERS_IMPORT,
				(w, s) -> post("/api/v1/imports/" + unknownJob + "/confirm"));
		add("DELETE", "/api/v1/imports/{jobId}", Access.OTHERS_RECORD,
				(w, s) -> delete("/api/v1/imports/" + unknownJob));
	}

	/** Inventory imports: who keeps assets somewhere uploads; jobs are their owner's. */
	private void inventoryImports() {
		String unknownJob = "00000000-0000-0000-0000-000000000000";
		String pages = "/inventory/imports";
		String api = "/api/v1/asset-imports";
		add("GET", pages, Access.SIGNED_IN, (w, s) -> get(pages));
		add("POST", pages, Access.DESK_WORKER, (w, s) -> multipart(pages).file(assetFile(w, s)));
		add("POST", api, Access.DESK_WORKER, (w, s) -> multipart(api).file(assetFile(w, s)));
		add("GET", pages + "/{jobId}", Access.OTHERS_RECORD, (w, s) -> get(pages + "/" + unknownJob));
		add("POST", pages + "/{jobId}/mapping", Access.OTHERS_RECORD,
				(w, s) -> post(pages + "/" + unknownJob + "/mapping").param("column.inventoryNumber", "0"));
		add("POST", pages + "/{jobId}/confirm", Access.OTHERS_RECORD,
				(w, s) -> post(pages + "/" + unknownJob + "/confirm"));
		add("POST", pages + "/{jobId}/cancel", Access.OTHERS_RECORD,
				(w, s) -> post(pages + "/" + unknownJob + "/cancel"));
		add("GET", api + "/{jobId}", Access.OTHERS_RECORD, (w, s) -> get(api + "/" + unknownJob));
		add("POST", api + "/{jobId}/confirm", Access.OTHERS_RECORD,
				(w, s) -> post(api + "/" + unknownJob + "/confirm"));
		add("DELETE", api + "/{jobId}", Access.OTHERS_RECORD, (w, s) -> delete(api + "/" + unknownJob));
	}

	private static MockMultipartFile assetFile(World w, Side s) {
		String csv = "n° inventaire;catégorie;finess;équipe\nMATRICE-" + Fixtures.unique() + ";NOPE;"
				+ w.establishment(s).getGeographicFiness() + ";" + w.team(s).getName() + "\n";
		return new MockMultipartFile("file", "assets.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile peopleFile(World w, Side s) {
		String csv = "nom;prénom;finess\nMatrice;Alex;" + w.establishment(s).getGeographicFiness() + "\n";
		return new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, Object> sameGroup(HospitalGroup group) {
		return Map.of("name", group.getName(), "shortName", group.getShortName(), "country", group.getCountry(),
				"version", group.getVersion());
	}

	private static Map<String, Object> newAccount(Person person) {
		return Map.of("personId", person.getId(), "login", "matrice-" + Fixtures.unique(), "password",
				"Un-mot-de-passe-long-2026", "locale", "fr", "enabled", true);
	}

	private static Map<String, Object> staffOf(World w, Side s) {
		return Map.of("role", "STAFF", "scopeKind", "ESTABLISHMENT", "establishmentId", w.establishment(s).getId());
	}

	/**
	 * The usual pages of a resource: list, export, new form, creation, detail, history,
	 * edit form and update.
	 * @param existing the id of a record of the side, to read
	 * @param created the fields of a new record of the side
	 * @param edited a fresh record of the side and its unchanged fields (with id and
	 * version)
	 */
	private void crudPages(String base, BiFunction<World, Side, Long> existing,
			BiFunction<World, Side, Map<String, Object>> created, BiFunction<World, Side, Map<String, Object>> edited) {
		add("GET", base, Access.SCOPED_LIST, (w, s) -> get(base));
		add("GET", base + "/export.csv", Access.SCOPED_LIST, (w, s) -> get(base + "/export.csv"));
		add("GET", base + "/new", Access.CREATE_FORM, (w, s) -> get(base + "/new"));
		add("POST", base, Access.CREATE_IN_ESTABLISHMENT, (w, s) -> post(base).params(form(created.apply(w, s))));
		add("GET", base + "/{id}", Access.SCOPED_READ, (w, s) -> get(base + "/{id}", existing.apply(w, s)));
		add("GET", base + "/{id}/history", Access.SCOPED_READ,
				(w, s) -> get(base + "/{id}/history", existing.apply(w, s)));
		add("GET", base + "/{id}/edit", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> get(base + "/{id}/edit", existing.apply(w, s)));
		add("POST", base + "/{id}", Access.ESTABLISHMENT_ADMIN, (w, s) -> {
			Map<String, Object> fields = edited.apply(w, s);
			return post(base + "/{id}", fields.get("id")).params(form(fields));
		});
	}

	/** The usual API of a resource: list, creation, read and update. */
	private void crudApi(String base, BiFunction<World, Side, Long> existing,
			BiFunction<World, Side, Map<String, Object>> created, BiFunction<World, Side, Map<String, Object>> edited) {
		add("GET", base, Access.SCOPED_LIST, (w, s) -> get(base + "?size=200"));
		add("POST", base, Access.CREATE_IN_ESTABLISHMENT, (w, s) -> json(post(base), created.apply(w, s)));
		add("GET", base + "/{id}", Access.SCOPED_READ, (w, s) -> get(base + "/{id}", existing.apply(w, s)));
		add("PUT", base + "/{id}", Access.ESTABLISHMENT_ADMIN, (w, s) -> {
			Map<String, Object> fields = edited.apply(w, s);
			return json(put(base + "/{id}", fields.get("id")), fields);
		});
	}

	private static Map<String, Object> newSite(Establishment e) {
		return Map.of("establishmentId", e.getId(), "name", "Site " + Fixtures.unique(), "city", "Valmont");
	}

	private static Map<String, Object> sameSite(Site site) {
		return Map.of("id", site.getId(), "establishmentId", site.getEstablishment().getId(), "name", site.getName(),
				"version", site.getVersion());
	}

	private static Map<String, Object> newPole(Establishment e) {
		return Map.of("establishmentId", e.getId(), "level", "POLE", "code", "P" + Fixtures.unique(), "name",
				"Pôle matrice");
	}

	private static Map<String, Object> samePole(Department pole) {
		return Map.of("id", pole.getId(), "establishmentId", pole.getEstablishment().getId(), "level", "POLE", "code",
				pole.getCode(), "name", pole.getName(), "version", pole.getVersion());
	}

	private static Map<String, Object> newPerson(Establishment e) {
		return Map.of("establishmentId", e.getId(), "firstName", "Alex", "lastName", "Matrice " + Fixtures.unique());
	}

	private static Map<String, Object> samePerson(Person p) {
		return Map.of("id", p.getId(), "establishmentId", p.getEstablishment().getId(), "firstName", p.getFirstName(),
				"lastName", p.getLastName(), "version", p.getVersion());
	}

	private static Map<String, Object> newTeam(World w, Side s) {
		return Map.of("establishmentId", w.establishment(s).getId(), "name", "Équipe matrice " + Fixtures.unique(),
				"kind", "IT");
	}

	private static Map<String, Object> sameTeam(Team team) {
		return Map.of("establishmentId", team.getEstablishment().getId(), "name", team.getName(), "kind",
				team.getKind().name(), "version", team.getVersion());
	}

	/**
	 * Safety notices (matériovigilance), their scope, affected assets and correspondents.
	 */
	private void inventoryNotices() {
		String pages = "/inventory/notices";
		add("GET", pages, Access.SCOPED_LIST, (w, s) -> get(pages).param("status", "OPEN"));
		add("GET", pages + "/new", Access.CREATE_FORM, (w, s) -> get(pages + "/new"));
		add("POST", pages, Access.CREATE_IN_ESTABLISHMENT, (w, s) -> post(pages).params(form(notice(w, s))));
		add("GET", pages + "/{id}", Access.WORK_TICKET, (w, s) -> get("/").with(freshNotice(w, s, pages + "/{id}")));
		add("GET", pages + "/{id}/edit", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> get("/").with(freshNotice(w, s, pages + "/{id}/edit")));
		add("POST", pages + "/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}")).params(form(notice(w, s))));
		add("POST", pages + "/{id}/match", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}/match")));
		add("POST", pages + "/{id}/close", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}/close"))
					.param("version", "0")
					.param("note", "Matrice")
					.param("force", "true"));
		add("POST", pages + "/{id}/criteria", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}/criteria")).param("serials", "MX1\nMX2"));
		add("POST", pages + "/{id}/criteria/{criterionId}/remove", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}/criteria/{criterion}/remove")));
		add("POST", pages + "/udi", Access.SIGNED_IN_ANSWERED_IN_PAGE,
				(w, s) -> post(pages + "/udi").param("udi", "(01)03760123456784(21)MX1"));
		add("POST", pages + "/{id}/affected/{affectedId}/action", Access.WORK_TICKET,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}/affected/{affected}/action"))
					.param("status", "TO_CHECK")
					.param("version", "0"));
		add("POST", pages + "/{id}/affected/{affectedId}/decision", Access.WORK_TICKET,
				(w, s) -> post("/").with(freshNotice(w, s, pages + "/{id}/affected/{affected}/decision"))
					.param("confirmed", "true")
					.param("version", "0"));
		add("GET", pages + "/correspondents", Access.SCOPED_LIST, (w, s) -> get(pages + "/correspondents"));
		add("POST", pages + "/correspondents/{establishmentId}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post(pages + "/correspondents/{e}", w.establishment(s).getId()).param("personId",
						String.valueOf(w.person(s).getId())));
		add("GET", "/inventory/assets/{assetId}/safety-notices", Access.WORK_TICKET,
				(w, s) -> get("/").with(freshNotice(w, s, "/inventory/assets/{asset}/safety-notices")));
		String api = "/api/v1/safety-notices";
		add("GET", api, Access.SCOPED_LIST, (w, s) -> get(api));
		add("POST", api, Access.CREATE_IN_ESTABLISHMENT, (w, s) -> json(post(api), noticeJson(w, s)));
		add("GET", api + "/{id}", Access.WORK_TICKET, (w, s) -> get("/").with(freshNotice(w, s, api + "/{id}")));
		add("PUT", api + "/{id}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(put("/").with(freshNotice(w, s, api + "/{id}")), noticeJson(w, s)));
		add("POST", api + "/{id}/close", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(post("/").with(freshNotice(w, s, api + "/{id}/close")),
						Map.of("version", 0, "note", "Matrice", "force", true)));
		add("GET", api + "/{id}/criteria", Access.WORK_TICKET,
				(w, s) -> get("/").with(freshNotice(w, s, api + "/{id}/criteria")));
		add("POST", api + "/{id}/criteria", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, api + "/{id}/criteria"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(Json.write(List.of(Map.of("kind", "LOT", "value", "MX-LOT")))));
		add("DELETE", api + "/{id}/criteria/{criterionId}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> delete("/").with(freshNotice(w, s, api + "/{id}/criteria/{criterion}")));
		add("POST", api + "/{id}/match", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> post("/").with(freshNotice(w, s, api + "/{id}/match")));
		add("GET", api + "/{id}/affected-assets", Access.WORK_TICKET,
				(w, s) -> get("/").with(freshNotice(w, s, api + "/{id}/affected-assets")));
		add("POST", api + "/{id}/affected-assets/{affectedId}/decision", Access.WORK_TICKET,
				(w, s) -> json(post("/").with(freshNotice(w, s, api + "/{id}/affected-assets/{affected}/decision")),
						Map.of("confirmed", true, "version", 0)));
		add("POST", api + "/{id}/affected-assets/{affectedId}/action", Access.WORK_TICKET,
				(w, s) -> json(post("/").with(freshNotice(w, s, api + "/{id}/affected-assets/{affected}/action")),
						Map.of("status", "TO_CHECK", "version", 0)));
		add("GET", api + "/{id}/completion", Access.WORK_TICKET,
				(w, s) -> get("/").with(freshNotice(w, s, api + "/{id}/completion")));
		add("POST", api + "/udi", Access.SIGNED_IN,
				(w, s) -> json(post(api + "/udi"), Map.of("udi", "(01)03760123456784(21)MX1")));
		add("GET", "/api/v1/vigilance-correspondents", Access.SCOPED_LIST,
				(w, s) -> get("/api/v1/vigilance-correspondents"));
		add("PUT", "/api/v1/vigilance-correspondents/{establishmentId}", Access.ESTABLISHMENT_ADMIN,
				(w, s) -> json(put("/api/v1/vigilance-correspondents/{e}", w.establishment(s).getId()),
						Map.of("personId", w.person(s).getId())));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor freshNotice(World w, Side s,
			String path) {
		return org.socle.inventory.notice.NoticeRows.onFreshNotice(w.establishment(s).getId(), w.team(s).getId(), path);
	}

	private static Map<String, Object> notice(World w, Side s) {
		return Map.of("source", "ANSM_ALERT", "reference", "MX-" + Fixtures.unique(), "title", "Matrice", "receivedOn",
				"2026-11-01", "requiredAction", "Vérifier", "establishmentIds", w.establishment(s).getId(), "version",
				0);
	}

	private static Map<String, Object> noticeJson(World w, Side s) {
		return Map.of("source", "ANSM_ALERT", "reference", "MX-" + Fixtures.unique(), "title", "Matrice", "receivedOn",
				"2026-11-01", "requiredAction", "Vérifier", "establishmentIds", List.of(w.establishment(s).getId()),
				"version", 0);
	}

	/** Rules whose requests change what later rules rely on run last. */
	private void inventoryRegister() {
		add("GET", "/inventory/assets", Access.SCOPED_LIST, (w, s) -> get("/inventory/assets"));
		add("GET", "/inventory/assets/export.csv", Access.SCOPED_LIST, (w, s) -> get("/inventory/assets/export.csv"));
		add("GET", "/inventory/assets/export.xlsx", Access.SCOPED_LIST, (w, s) -> get("/inventory/assets/export.xlsx"));
		add("GET", "/inventory/assets/new", Access.DESK_WORKER, (w, s) -> get("/inventory/assets/new"));
		add("GET", "/inventory/assets/places", Access.DESK_WORKER,
				(w, s) -> get("/inventory/assets/places").param("establishmentId", "" + w.establishment(s).getId()));
		add("POST", "/inventory/assets", Access.ASSET_KEEP_CREATE,
				(w, s) -> post("/inventory/assets").params(form(newAsset(w, s))));
		add("GET", "/inventory/assets/{id}", Access.ASSET_READ,
				(w, s) -> get("/inventory/assets/{id}", w.freshAsset(s)));
		add("GET", "/inventory/assets/{id}/history", Access.ASSET_READ,
				(w, s) -> get("/inventory/assets/{id}/history", w.freshAsset(s)));
		add("GET", "/inventory/assets/{id}/edit", Access.ASSET_READ,
				(w, s) -> get("/inventory/assets/{id}/edit", w.freshAsset(s)));
		add("POST", "/inventory/assets/{id}", Access.ASSET_READ,
				(w, s) -> post("/inventory/assets/{id}", w.freshAsset(s)).params(form(newAsset(w, s))));
		add("POST", "/inventory/assets/{id}/transitions", Access.ASSET_READ,
				(w, s) -> post("/inventory/assets/{id}/transitions", w.freshAsset(s)).param("to", "IN_REPAIR"));
		add("POST", "/inventory/assets/{id}/moves", Access.ASSET_READ,
				(w, s) -> post("/inventory/assets/{id}/moves", w.freshAsset(s)).param("departmentId",
						"" + w.pole(s).getId()));
		add("GET", "/api/v1/assets", Access.SCOPED_LIST, (w, s) -> get("/api/v1/assets"));
		add("POST", "/api/v1/assets", Access.ASSET_KEEP_CREATE, (w, s) -> json(post("/api/v1/assets"), newAsset(w, s)));
		add("GET", "/api/v1/assets/{id}", Access.ASSET_READ, (w, s) -> get("/api/v1/assets/{id}", w.freshAsset(s)));
		add("PUT", "/api/v1/assets/{id}", Access.ASSET_READ,
				(w, s) -> json(put("/api/v1/assets/{id}", w.freshAsset(s)), newAsset(w, s)));
		add("POST", "/api/v1/assets/{id}/transitions", Access.ASSET_READ,
				(w, s) -> json(post("/api/v1/assets/{id}/transitions", w.freshAsset(s)), Map.of("to", "IN_REPAIR")));
		add("POST", "/api/v1/assets/{id}/moves", Access.ASSET_READ,
				(w, s) -> json(post("/api/v1/assets/{id}/moves", w.freshAsset(s)),
						Map.of("departmentId", w.pole(s).getId())));
		add("GET", "/api/v1/assets/{id}/status-changes", Access.ASSET_READ,
				(w, s) -> get("/api/v1/assets/{id}/status-changes", w.freshAsset(s)));
		add("GET", "/api/v1/assets/{id}/moves", Access.ASSET_READ,
				(w, s) -> get("/api/v1/assets/{id}/moves", w.freshAsset(s)));
		inventoryReferentials();
	}

	private void inventoryReferentials() {
		add("GET", "/inventory/categories", Access.DESK_WORKER, (w, s) -> get("/inventory/categories"));
		add("GET", "/inventory/categories/new", Access.GROUP_ADMIN, (w, s) -> get("/inventory/categories/new"));
		add("POST", "/inventory/categories", Access.GROUP_ADMIN,
				(w, s) -> post("/inventory/categories").params(form(newAssetCategory(0))));
		add("GET", "/inventory/categories/{id}/edit", Access.GROUP_ADMIN,
				(w, s) -> get("/inventory/categories/{id}/edit", w.assetCategory()));
		add("POST", "/inventory/categories/{id}", Access.GROUP_ADMIN,
				(w, s) -> post("/inventory/categories/{id}", w.freshAssetCategory()).params(form(newAssetCategory(0))));
		add("GET", "/api/v1/asset-categories", Access.DESK_WORKER, (w, s) -> get("/api/v1/asset-categories"));
		add("GET", "/api/v1/asset-categories/flags", Access.DESK_WORKER,
				(w, s) -> get("/api/v1/asset-categories/flags"));
		add("GET", "/api/v1/asset-categories/{id}", Access.DESK_WORKER,
				(w, s) -> get("/api/v1/asset-categories/{id}", w.assetCategory()));
		add("POST", "/api/v1/asset-categories", Access.GROUP_ADMIN,
				(w, s) -> json(post("/api/v1/asset-categories"), newAssetCategory(0)));
		add("PUT", "/api/v1/asset-categories/{id}", Access.GROUP_ADMIN,
				(w, s) -> json(put("/api/v1/asset-categories/{id}", w.freshAssetCategory()), newAssetCategory(0)));
		add("GET", "/inventory/models", Access.DESK_WORKER, (w, s) -> get("/inventory/models"));
		add("GET", "/inventory/models/new", Access.GROUP_ADMIN, (w, s) -> get("/inventory/models/new"));
		add("POST", "/inventory/models", Access.GROUP_ADMIN,
				(w, s) -> post("/inventory/models").params(form(newModel(w))));
		add("GET", "/inventory/models/{id}/edit", Access.GROUP_ADMIN,
				(w, s) -> get("/inventory/models/{id}/edit", w.freshModel()));
		add("POST", "/inventory/models/{id}", Access.GROUP_ADMIN,
				(w, s) -> post("/inventory/models/{id}", w.freshModel()).params(form(newModel(w))));
		add("GET", "/api/v1/models", Access.DESK_WORKER, (w, s) -> get("/api/v1/models"));
		add("GET", "/api/v1/models/{id}", Access.DESK_WORKER, (w, s) -> get("/api/v1/models/{id}", w.freshModel()));
		add("POST", "/api/v1/models", Access.GROUP_ADMIN, (w, s) -> json(post("/api/v1/models"), newModel(w)));
		add("PUT", "/api/v1/models/{id}", Access.GROUP_ADMIN,
				(w, s) -> json(put("/api/v1/models/{id}", w.freshModel()), newModel(w)));
	}

	/** An asset of the side's establishment for team T of that side, version 0. */
	private static Map<String, Object> newAsset(World w, Side s) {
		return Map.of("inventoryNumber", "MATRIX-" + Fixtures.unique(), "categoryId", w.assetCategory(),
				"establishmentId", w.establishment(s).getId(), "ownerTeamId", w.team(s).getId(), "status", "IN_SERVICE",
				"version", 0);
	}

	private static Map<String, Object> newAssetCategory(long version) {
		return Map.of("code", "MATRIX-" + Fixtures.unique(), "name", "Matrice", "kind", "MEDICAL_DEVICE", "criticality",
				"HIGH", "version", version);
	}

	private static Map<String, Object> newModel(World w) {
		return Map.of("manufacturer", "Fabricant " + Fixtures.unique(), "commercialName", "Modèle", "categoryId",
				w.assetCategory(), "aliases", "Alias", "version", 0);
	}

	static List<MatrixRule> lastRules() {
		return List.of(
				new MatrixRule("POST", "/directory/establishments/{id}/archive", Access.ESTABLISHMENT_ADMIN,
						(w, s) -> post("/directory/establishments/{id}/archive", w.establishment(s).getId())
							.param("version", String.valueOf(w.establishment(s).getVersion()))
							.param("reason", "Matrice")),
				new MatrixRule("POST", "/api/v1/establishments/{id}/archive", Access.ESTABLISHMENT_ADMIN,
						(w, s) -> json(post("/api/v1/establishments/{id}/archive", w.establishment(s).getId()),
								Map.of("version", w.establishment(s).getVersion(), "reason", "Matrice"))));
	}

	private static Map<String, Object> newEstablishment() {
		return Map.of("name", "Matrice " + Fixtures.unique(), "kind", "HEALTH", "legalFiness", Fixtures.finess(),
				"geographicFiness", Fixtures.finess());
	}

	private static Map<String, Object> sameEstablishment(Establishment e) {
		return Map.of("name", e.getName(), "kind", e.getKind().name(), "legalFiness", e.getLegalFiness(),
				"geographicFiness", e.getGeographicFiness(), "version", e.getVersion());
	}

	/** Maintenance plans, their occurrences, meter readings and overrides. */
	private void inventoryPlans() {
		String api = "/api/v1/maintenance-plans";
		String pages = "/inventory/plans";
		String asset = "/api/v1/assets/{assetId}";
		add("GET", api, Access.DESK_WORKER, (w, s) -> get(api));
		add("POST", api, Access.PLAN_EDITOR, (w, s) -> json(post("/"), planBody()).with(plansOf(w, s, api)));
		add("GET", api + "/{id}", Access.DESK_WORKER, (w, s) -> get("/").with(plansOf(w, s, api + "/{planId}")));
		add("PUT", api + "/{id}", Access.PLAN_EDITOR,
				(w, s) -> json(put("/"), planBodyAtVersion()).with(plansOf(w, s, api + "/{planId}")));
		add("POST", api + "/{id}/archive", Access.PLAN_EDITOR,
				(w, s) -> json(post("/"), Map.of("reason", "Matrice", "version", 0))
					.with(plansOf(w, s, api + "/{planId}/archive")));
		add("GET", asset + "/occurrences", Access.ASSET_READ,
				(w, s) -> get("/").with(plansOf(w, s, "/api/v1/assets/{assetId}/occurrences")));
		add("POST", asset + "/meter-readings", Access.ASSET_READ,
				(w, s) -> json(post("/"), Map.of("meterKind", "HOURS", "reading", 1200))
					.with(plansOf(w, s, "/api/v1/assets/{assetId}/meter-readings")));
		add("GET", asset + "/plan-overrides", Access.ASSET_READ,
				(w, s) -> get("/").with(plansOf(w, s, "/api/v1/assets/{assetId}/plan-overrides")));
		add("PUT", asset + "/plan-overrides/{planId}", Access.ASSET_READ,
				(w, s) -> json(put("/"), Map.of("intervalMonths", 6, "reason", "Matrice"))
					.with(plansOf(w, s, "/api/v1/assets/{assetId}/plan-overrides/{planId}")));
		add("POST", "/api/v1/maintenance/run-daily", Access.GROUP_ADMIN,
				(w, s) -> post("/api/v1/maintenance/run-daily"));
		add("GET", pages, Access.DESK_WORKER, (w, s) -> get(pages));
		add("GET", pages + "/new", Access.DESK_WORKER, (w, s) -> get(pages + "/new"));
		add("POST", pages, Access.PLAN_EDITOR, (w, s) -> post("/").params(form(planForm())).with(plansOf(w, s, pages)));
		add("GET", pages + "/{id}", Access.PLAN_EDITOR, (w, s) -> get("/").with(plansOf(w, s, pages + "/{planId}")));
		add("POST", pages + "/{id}", Access.PLAN_EDITOR,
				(w, s) -> post("/").params(form(planForm()))
					.param("version", "0")
					.with(plansOf(w, s, pages + "/{planId}")));
		add("POST", pages + "/{id}/archive", Access.PLAN_EDITOR,
				(w, s) -> post("/").param("reason", "Matrice")
					.param("version", "0")
					.with(plansOf(w, s, pages + "/{planId}/archive")));
		add("GET", pages + "/due", Access.DESK_WORKER, (w, s) -> get(pages + "/due"));
		add("GET", pages + "/assets/{assetId}", Access.ASSET_READ,
				(w, s) -> get("/").with(plansOf(w, s, pages + "/assets/{assetId}")));
		add("GET", pages + "/assets/{assetId}/overrides", Access.ASSET_READ,
				(w, s) -> get("/").with(plansOf(w, s, pages + "/assets/{assetId}/overrides")));
		add("POST", pages + "/assets/{assetId}/overrides/{planId}", Access.ASSET_READ,
				(w, s) -> post("/").param("intervalMonths", "6")
					.param("reason", "Matrice")
					.with(plansOf(w, s, pages + "/assets/{assetId}/overrides/{planId}")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor plansOf(World w, Side s,
			String path) {
		return org.socle.inventory.plan.PlanRows.onFreshInventory(w.establishment(s).getId(), w.team(s).getId(), path);
	}

	private static Map<String, Object> planBody() {
		return Map.of("name", "Matrice " + Fixtures.unique(), "categoryId", "{categoryId}", "workOrderType",
				"SAFETY_TEST", "intervalMonths", 12, "recurrence", "ANCHORED", "performer", "INTERNAL_TEAM", "tasks",
				List.of(Map.of("label", "Courant de fuite", "unit", "µA", "upperLimit", 500)));
	}

	private static Map<String, Object> planBodyAtVersion() {
		Map<String, Object> body = new java.util.HashMap<>(planBody());
		body.put("version", 0);
		return body;
	}

	private static Map<String, Object> planForm() {
		return Map.of("name", "Matrice " + Fixtures.unique(), "categoryId", "{categoryId}", "workOrderType",
				"PREVENTIVE", "intervalMonths", 12, "recurrence", "ANCHORED", "performer", "INTERNAL_TEAM",
				"windowBeforeDays", 0, "windowAfterDays", 0, "leadDays", 0, "tasks[0].label", "Inspection visuelle");
	}

	private void add(String method, String pattern, Access access,
			BiFunction<World, Side, AbstractMockHttpServletRequestBuilder<?>> request) {
		this.rules.add(new MatrixRule(method, pattern, access, request));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(Json.write(body));
	}

	static org.springframework.util.MultiValueMap<String, String> form(Map<String, ?> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach((k, v) -> params.add(k, String.valueOf(v)));
		return params;
	}

}
