package org.socle.directory.account;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Granting and revoking roles: who may, what it changes at once, and what it leaves
 * behind.
 */
@SocleIntegrationTest
class RoleGrantApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoleGrantRepository grants;

	@Autowired
	SecurityEventRepository events;

	@Autowired
	JsonMapper json;

	private MockHttpServletRequestBuilder grant(UserAccount admin, UserAccount account, Map<String, Object> body) {
		return this.fixtures.as(admin, post("/api/v1/accounts/" + account.getId() + "/grants"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

	private long grantId(UserAccount admin, UserAccount account, Map<String, Object> body) throws Exception {
		String response = this.mvc.perform(grant(admin, account, body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	private List<SecurityEvent> eventsOf(String login, SecurityEvent.Type type) {
		return this.events.findAll().stream().filter(e -> login.equals(e.getLogin()) && e.getType() == type).toList();
	}

	@Test
	void aGrantedRoleTakesEffectOnTheNextRequestAndARevokedOneToo() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc.perform(this.fixtures.as(account, get("/api/v1/establishments/" + home.getId())))
			.andExpect(status().isNotFound());

		long id = grantId(admin, account,
				Map.of("role", "STAFF", "scopeKind", "ESTABLISHMENT", "establishmentId", home.getId()));
		this.mvc.perform(this.fixtures.as(account, get("/api/v1/establishments/" + home.getId())))
			.andExpect(status().isOk());

		this.mvc.perform(this.fixtures.as(admin, delete("/api/v1/accounts/" + account.getId() + "/grants/" + id)))
			.andExpect(status().isNoContent());
		this.mvc.perform(this.fixtures.as(account, get("/api/v1/establishments/" + home.getId())))
			.andExpect(status().isNotFound());
		assertThat(this.grants.findById(id)).isEmpty();
	}

	@Test
	void aTeamGrantIsLoggedWithItsScopeAndKeptInTheHistory(@Autowired EntityManager entityManager,
			@Autowired TransactionTemplate transactions) throws Exception {
		Establishment home = this.fixtures.establishment();
		Team team = this.fixtures.team(home, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		long id = grantId(admin, account, Map.of("role", "AGENT", "scopeKind", "TEAM", "teamId", team.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/accounts/" + account.getId() + "/grants")))
			.andExpect(jsonPath("$[0].label").value("AGENT @ " + team.getName()))
			.andExpect(jsonPath("$[0].teamId").value(team.getId()));
		this.mvc.perform(this.fixtures.as(admin, delete("/api/v1/accounts/" + account.getId() + "/grants/" + id)))
			.andExpect(status().isNoContent());

		assertThat(eventsOf(account.getLogin(), SecurityEvent.Type.ROLE_GRANTED)).singleElement()
			.satisfies(e -> assertThat(e.getDetails()).isEqualTo("AGENT @ " + team.getName()))
			.satisfies(e -> assertThat(e.getActor()).isEqualTo(admin.getLogin()));
		assertThat(eventsOf(account.getLogin(), SecurityEvent.Type.ROLE_REVOKED)).singleElement()
			.satisfies(e -> assertThat(e.getDetails()).isEqualTo("AGENT @ " + team.getName()));
		List<?> revisions = transactions.execute(status -> AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(RoleGrant.class, false, true)
			.add(org.hibernate.envers.query.AuditEntity.id().eq(id))
			.getResultList());
		assertThat(revisions).extracting(r -> ((Object[]) r)[2]).containsExactly(RevisionType.ADD, RevisionType.DEL);
	}

	@Test
	void theSecurityLogListsGrantsAndRevocations() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		long id = grantId(admin, account, Map.of("role", "PMO", "scopeKind", "GROUP"));
		this.mvc.perform(this.fixtures.as(admin, delete("/api/v1/accounts/" + account.getId() + "/grants/" + id)))
			.andExpect(status().isNoContent());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/security-events").param("login", account.getLogin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].type").value("ROLE_REVOKED"))
			.andExpect(jsonPath("$.content[0].details").value("PMO"))
			.andExpect(jsonPath("$.content[1].type").value("ROLE_GRANTED"))
			.andExpect(jsonPath("$.content[1].actor").value(admin.getLogin()));
	}

	@Test
	void anEstablishmentAdministratorCannotGrantAGroupRole() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc.perform(grant(admin, account, Map.of("role", "STAFF", "scopeKind", "GROUP")))
			.andExpect(status().isForbidden());
		assertThat(this.grants.findByAccountId(account.getId())).isEmpty();
		assertThat(eventsOf(account.getLogin(), SecurityEvent.Type.ROLE_GRANTED)).isEmpty();
	}

	@Test
	void anEstablishmentRoleNeedsAnAdministratorOfThatEstablishment() throws Exception {
		Establishment home = this.fixtures.establishment();
		Establishment seen = this.fixtures.establishment();
		Establishment unseen = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		this.fixtures.grant(RoleGrant.forEstablishment(admin, Role.STAFF, seen));
		UserAccount account = this.fixtures.account(home);
		this.mvc
			.perform(grant(admin, account,
					Map.of("role", "STAFF", "scopeKind", "ESTABLISHMENT", "establishmentId", seen.getId())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(grant(admin, account,
					Map.of("role", "STAFF", "scopeKind", "ESTABLISHMENT", "establishmentId", unseen.getId())))
			.andExpect(status().isNotFound());
		Team otherTeam = this.fixtures.team(seen, TeamKind.BIOMEDICAL);
		this.mvc
			.perform(grant(admin, account, Map.of("role", "AGENT", "scopeKind", "TEAM", "teamId", otherTeam.getId())))
			.andExpect(status().isForbidden());
		assertThat(this.grants.findByAccountId(account.getId())).isEmpty();
	}

	@Test
	void anEstablishmentAdministratorCannotManageAnotherEstablishmentsAccount() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount theirs = this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());
		this.mvc
			.perform(grant(admin, theirs,
					Map.of("role", "STAFF", "scopeKind", "ESTABLISHMENT", "establishmentId", home.getId())))
			.andExpect(status().isNotFound());
		long theirGrant = this.grants.findByAccountId(theirs.getId()).get(0).getId();
		this.mvc
			.perform(this.fixtures.as(admin, delete("/api/v1/accounts/" + theirs.getId() + "/grants/" + theirGrant)))
			.andExpect(status().isNotFound());
		assertThat(this.grants.findByAccountId(theirs.getId())).hasSize(1);
	}

	@Test
	void aDuplicateGrantIsA409() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.establishmentAccount(Role.AGENT, home);
		this.mvc
			.perform(grant(admin, account,
					Map.of("role", "AGENT", "scopeKind", "ESTABLISHMENT", "establishmentId", home.getId())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.grants.findByAccountId(account.getId())).hasSize(1);
	}

	@Test
	void aMissingRoleOrScopeTargetIsA400() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		UserAccount account = this.fixtures.account(home);
		this.mvc.perform(grant(admin, account, Map.of("scopeKind", "ESTABLISHMENT", "establishmentId", home.getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		this.mvc.perform(grant(admin, account, Map.of("role", "STAFF", "scopeKind", "TEAM")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
		this.mvc.perform(grant(admin, account, Map.of("role", "KING", "scopeKind", "GROUP")))
			.andExpect(status().isBadRequest());
		assertThat(this.grants.findByAccountId(account.getId())).isEmpty();
	}

	@Test
	void anAdministratorCannotRevokeTheirOwnLastAdministratorGrant() throws Exception {
		Establishment home = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, home);
		long only = this.grants.findByAccountId(admin.getId()).get(0).getId();
		this.mvc.perform(this.fixtures.as(admin, delete("/api/v1/accounts/" + admin.getId() + "/grants/" + only)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("AccountLastAdministratorGrant"));
		assertThat(this.grants.findById(only)).isPresent();

		Establishment second = this.fixtures.establishment();
		this.fixtures.grant(RoleGrant.forEstablishment(admin, Role.ADMINISTRATOR, second));
		this.mvc.perform(this.fixtures.as(admin, delete("/api/v1/accounts/" + admin.getId() + "/grants/" + only)))
			.andExpect(status().isNoContent());
		assertThat(this.grants.findByAccountId(admin.getId())).extracting(g -> g.getEstablishment().getId())
			.containsExactly(second.getId());
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/accounts/1/grants")).andExpect(status().isUnauthorized());
	}

}
