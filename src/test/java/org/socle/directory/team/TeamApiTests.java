package org.socle.directory.team;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class TeamApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TeamRepository teams;

	@Autowired
	JsonMapper json;

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private static Map<String, Object> body(Establishment establishment, String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("establishmentId", establishment.getId());
		body.put("name", name);
		body.put("kind", "BIOMEDICAL");
		body.put("email", "biomed@example.org");
		body.put("description", "Maintenance des dispositifs médicaux");
		return body;
	}

	@Test
	void anEstablishmentAdministratorCreatesATeamOfTheirEstablishment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String name = "Biomédical " + Fixtures.unique();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/teams")), body(mine, "  " + name + " ")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.kind").value("BIOMEDICAL"))
			.andExpect(jsonPath("$.establishmentId").value(mine.getId()))
			.andExpect(jsonPath("$.memberCount").value(0))
			.andExpect(jsonPath("$.createdBy").value(admin.getLogin()))
			.andExpect(jsonPath("$.lastModifiedAt").isString());
	}

	static Stream<Arguments> badInputs() {
		return Stream.of(Arguments.of("name", " ", "NotBlank"), Arguments.of("name", "x".repeat(201), "Size"),
				Arguments.of("kind", null, "NotNull"), Arguments.of("establishmentId", null, "NotNull"),
				Arguments.of("email", "pas-une-adresse", "Email"),
				Arguments.of("description", "x".repeat(1001), "Size"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void eachBadInputIsA400NamingTheFieldAndRuleAndWritesNothing(String field, Object value, String rule)
			throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> body = body(mine, "Équipe " + Fixtures.unique());
		body.put(field, value);
		long before = this.teams.count();
		this.mvc.perform(json(this.fixtures.as(admin, post("/api/v1/teams")), body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].rule").value(rule))
			.andExpect(jsonPath("$.errors[0].message").isString());
		assertThat(this.teams.count()).isEqualTo(before);
	}

	@Test
	void aDuplicateNameIsA409OnNameAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team existing = this.fixtures.team(this.fixtures.establishment(), TeamKind.IT);
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		long before = this.teams.count();
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/teams")), body(mine, existing.getName().toUpperCase())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/duplicate"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.teams.count()).isEqualTo(before);
	}

	@Test
	void anEditOfTheCurrentVersionIsSaved() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> edit = body(mine, team.getName() + " modifiée");
		edit.put("version", team.getVersion());
		this.mvc.perform(json(this.fixtures.as(admin, put("/api/v1/teams/" + team.getId())), edit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(team.getName() + " modifiée"))
			.andExpect(jsonPath("$.kind").value("BIOMEDICAL"))
			.andExpect(jsonPath("$.version").value(team.getVersion() + 1));
	}

	@Test
	void anEditOfAStaleVersionIsA409AndChangesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		Map<String, Object> edit = body(mine, "Nouveau nom " + Fixtures.unique());
		edit.put("version", team.getVersion() + 1);
		this.mvc.perform(json(this.fixtures.as(admin, put("/api/v1/teams/" + team.getId())), edit))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(this.teams.findById(team.getId()).orElseThrow().getName()).isEqualTo(team.getName());
	}

	@Test
	void anUnknownIdIsA404() throws Exception {
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/teams/999999999")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/not-found"))
			.andExpect(jsonPath("$.entity").value("Team"));
	}

	@Test
	void anotherEstablishmentsTeamIsInvisibleToAnEstablishmentScopedStaffAccount() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team ours = this.fixtures.team(mine, TeamKind.IT);
		Team theirs = this.fixtures.team(this.fixtures.establishment(), TeamKind.IT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/teams/" + theirs.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/teams/" + ours.getId()))).andExpect(status().isOk());
		this.mvc.perform(this.fixtures.as(staff, get("/api/v1/teams?size=200")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(ours.getId()))
			.andExpect(jsonPath("$.content[*].id", not(hasItem(theirs.getId().intValue()))));
		this.mvc
			.perform(this.fixtures.as(staff, get("/api/v1/teams?establishmentId=" + theirs.getEstablishment().getId())))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void staffCannotCreateATeam() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		long before = this.teams.count();
		this.mvc
			.perform(json(this.fixtures.as(staff, post("/api/v1/teams")), body(mine, "Interdite " + Fixtures.unique())))
			.andExpect(status().isForbidden());
		assertThat(this.teams.count()).isEqualTo(before);
	}

	@Test
	void anAdministratorCannotCreateATeamInAnEstablishmentOutOfScope() throws Exception {
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		Establishment other = this.fixtures.establishment();
		long before = this.teams.count();
		this.mvc
			.perform(json(this.fixtures.as(admin, post("/api/v1/teams")), body(other, "Ailleurs " + Fixtures.unique())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.entity").value("Establishment"));
		assertThat(this.teams.count()).isEqualTo(before);
	}

	@Test
	void staffCannotEditOrArchiveATeamTheySee() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		Map<String, Object> edit = body(mine, "Renommée " + Fixtures.unique());
		edit.put("version", team.getVersion());
		this.mvc.perform(json(this.fixtures.as(staff, put("/api/v1/teams/" + team.getId())), edit))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(this.fixtures.as(staff, post("/api/v1/teams/" + team.getId() + "/archive")),
					Map.of("version", team.getVersion(), "reason", "Fusion")))
			.andExpect(status().isForbidden());
		assertThat(this.teams.findById(team.getId()).orElseThrow().getName()).isEqualTo(team.getName());
	}

	@Test
	void archivingNeedsAReasonAndHidesTheTeamFromTheDefaultList() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.QUALITY);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String archive = "/api/v1/teams/" + team.getId() + "/archive";
		this.mvc
			.perform(json(this.fixtures.as(admin, post(archive)), Map.of("version", team.getVersion(), "reason", " ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		this.mvc
			.perform(json(this.fixtures.as(admin, post(archive)),
					Map.of("version", team.getVersion(), "reason", "x".repeat(501))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].rule").value("Size"));
		assertThat(this.teams.findById(team.getId()).orElseThrow().isArchived()).isFalse();
		this.mvc
			.perform(json(this.fixtures.as(admin, post(archive)),
					Map.of("version", team.getVersion(), "reason", "Fusion")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.archived").value(true))
			.andExpect(jsonPath("$.archiveReason").value("Fusion"));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/teams?establishmentId=" + mine.getId())))
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/teams?archived=true&establishmentId=" + mine.getId())))
			.andExpect(jsonPath("$.content[0].id").value(team.getId()));
	}

	@Test
	void theListFiltersByTextKindAndEstablishment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team it = this.fixtures.team(mine, TeamKind.IT);
		Team quality = this.fixtures.team(mine, TeamKind.QUALITY);
		UserAccount admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, mine);
		String base = "/api/v1/teams?establishmentId=" + mine.getId();
		this.mvc.perform(this.fixtures.as(admin, get(base + "&sort=name,desc")))
			.andExpect(jsonPath("$.totalElements").value(2));
		this.mvc.perform(this.fixtures.as(admin, get(base + "&kind=QUALITY")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(quality.getId()));
		this.mvc.perform(this.fixtures.as(admin, get(base + "&q=" + it.getName().substring(7).toLowerCase())))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(it.getId()));
	}

	@Test
	void anAnonymousCallIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/teams")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/teams/1/members")).andExpect(status().isUnauthorized());
	}

}
