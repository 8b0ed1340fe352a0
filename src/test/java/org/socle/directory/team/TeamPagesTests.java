package org.socle.directory.team;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SocleIntegrationTest
class TeamPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TeamRepository teams;

	@Autowired
	TeamMemberRepository members;

	@Test
	void theListShowsTheTeamsOfTheScopeWithTheirMemberCount() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.BIOMEDICAL);
		this.members.saveAndFlush(new TeamMember(team, this.fixtures.person(mine), TeamRole.LEAD));
		Team theirs = this.fixtures.team(this.fixtures.establishment(), TeamKind.IT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get("/directory/teams")))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/teams/list"))
			.andExpect(content().string(containsString(team.getName())))
			.andExpect(content().string(containsString("<td class=\"text-end\">1</td>")))
			.andExpect(content().string(not(containsString(theirs.getName()))))
			.andExpect(content().string(not(containsString("id=\"new-team\""))));
		this.mvc
			.perform(this.fixtures.as(staff, get("/directory/teams").header("HX-Request", "true").param("kind", "IT")))
			.andExpect(view().name("directory/teams/list :: results"))
			.andExpect(content().string(not(containsString(team.getName()))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theCsvExportHoldsOnlyTheTeamsOfTheScope() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Team theirs = this.fixtures.team(this.fixtures.establishment(), TeamKind.IT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		String csv = this.mvc.perform(this.fixtures.as(staff, get("/directory/teams/export.csv")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("id;name;kind;establishmentId")
			.contains(team.getName())
			.doesNotContain(theirs.getName());
	}

	@Test
	void anotherEstablishmentsTeamPageIsNotFound() throws Exception {
		Team theirs = this.fixtures.team(this.fixtures.establishment(), TeamKind.IT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(staff, get("/directory/teams/" + theirs.getId())))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(staff, get("/directory/teams/" + theirs.getId() + "/members")))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(staff, get("/directory/teams/" + theirs.getId() + "/history")))
			.andExpect(status().isNotFound());
	}

	@Test
	void creatingFromThePageRedirectsToTheNewTeam() throws Exception {
		Establishment mine = this.fixtures.establishment();
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/teams/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.getName())))
			.andExpect(content().string(not(containsString("name=\"_name\""))))
			.andExpect(content().string(not(containsString("<option value=\"\">—</option>\n    \n  </select>"))));
		String name = "Équipe page " + Fixtures.unique();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/teams"))
				.param("establishmentId", mine.getId().toString())
				.param("name", name)
				.param("kind", "PMO"))
			.andExpect(redirectedUrlPattern("/directory/teams/*"));
		assertThat(this.teams.existsByNameIgnoreCase(name)).isTrue();
	}

	@Test
	void aFormErrorIsShownBesideTheFieldAndNothingIsWritten() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team existing = this.fixtures.team(mine, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.teams.count();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/teams"))
				.param("establishmentId", mine.getId().toString())
				.param("name", " ")
				.param("kind", "IT")
				.param("email", "pas-une-adresse"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/teams/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("id=\"email-error\"")));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/teams"))
				.param("establishmentId", mine.getId().toString())
				.param("name", existing.getName())
				.param("kind", "IT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "rule.Duplicate"))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("est déjà utilisée")));
		assertThat(this.teams.count()).isEqualTo(before);
	}

	@Test
	void theHistoryTabShowsTheChangesAfterAnEdit() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String renamed = "Renommée " + Fixtures.unique();
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/teams/" + team.getId()))
				.param("establishmentId", mine.getId().toString())
				.param("name", renamed)
				.param("kind", "QUALITY")
				.param("version", String.valueOf(team.getVersion())))
			.andExpect(redirectedUrl("/directory/teams/" + team.getId()));
		this.mvc.perform(this.fixtures.as(admin, get("/directory/teams/" + team.getId() + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>" + team.getName() + "</del>")))
			.andExpect(content().string(containsString("<ins>" + renamed + "</ins>")))
			.andExpect(content().string(containsString("<ins>QUALITY</ins>")))
			.andExpect(content().string(containsString(admin.getLogin())));
	}

	@Test
	void theDetailPageShowsTheAuditLineAndTheArchiveFormToAnAdministratorOnly() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(admin, get("/directory/teams/" + team.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"audit-line\"")))
			.andExpect(content().string(containsString("id=\"archive\"")))
			.andExpect(content().string(containsString("id=\"tab-members\"")));
		this.mvc.perform(this.fixtures.as(staff, get("/directory/teams/" + team.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"archive\""))))
			.andExpect(content().string(not(containsString("id=\"edit\""))));
		this.mvc
			.perform(this.fixtures.as(admin, post("/directory/teams/" + team.getId() + "/archive"))
				.param("version", String.valueOf(team.getVersion()))
				.param("reason", "Regroupement"))
			.andExpect(redirectedUrl("/directory/teams/" + team.getId()));
		assertThat(this.teams.findById(team.getId()).orElseThrow().getArchiveReason()).isEqualTo("Regroupement");
	}

}
