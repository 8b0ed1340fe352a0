package org.socle.directory.team;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SocleIntegrationTest
class TeamMemberApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TeamMemberRepository members;

	@Autowired
	PersonRepository people;

	@Autowired
	JsonMapper json;

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) throws Exception {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private static String membersOf(Team team) {
		return "/api/v1/teams/" + team.getId() + "/members";
	}

	private TeamMember member(Team team, Person person, TeamRole role) {
		return this.members.saveAndFlush(new TeamMember(team, person, role));
	}

	@Test
	void anAdministratorAddsAMemberAndTheListShowsIt() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		person.setJobTitle("Technicien réseau");
		this.people.saveAndFlush(person);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(json(this.fixtures.as(admin, post(membersOf(team))),
					Map.of("personId", person.getId(), "role", "LEAD")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.personId").value(person.getId()))
			.andExpect(jsonPath("$.role").value("LEAD"))
			.andExpect(jsonPath("$.createdBy").value(admin.getLogin()));
		this.mvc.perform(this.fixtures.as(admin, get(membersOf(team))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].lastName").value(person.getLastName()))
			.andExpect(jsonPath("$[0].jobTitle").value("Technicien réseau"))
			.andExpect(jsonPath("$[0].establishmentName").value(mine.getName()));
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/teams/" + team.getId())))
			.andExpect(jsonPath("$.memberCount").value(1));
	}

	@Test
	void aTeamLeadOfTheTeamAddsAMemberButCannotEditTheTeamItself() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.TECHNICAL);
		UserAccount lead = this.fixtures.teamAccount(Role.TEAM_LEAD, team);
		Person person = this.fixtures.person(mine);
		this.mvc
			.perform(json(this.fixtures.as(lead, post(membersOf(team))),
					Map.of("personId", person.getId(), "role", "AGENT")))
			.andExpect(status().isCreated());
		assertThat(this.members.existsByTeamIdAndPersonId(team.getId(), person.getId())).isTrue();
		Map<String, Object> edit = Map.of("establishmentId", mine.getId(), "name", "Renommée " + Fixtures.unique(),
				"kind", "TECHNICAL", "version", team.getVersion());
		this.mvc.perform(json(this.fixtures.as(lead, put("/api/v1/teams/" + team.getId())), edit))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(this.fixtures.as(lead, post("/api/v1/teams/" + team.getId() + "/archive")),
					Map.of("version", team.getVersion(), "reason", "Fusion")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTeamLeadOfAnotherTeamCannotManageTheseMembers() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		UserAccount otherLead = this.fixtures.teamAccount(Role.TEAM_LEAD, this.fixtures.team(mine, TeamKind.IT));
		Person person = this.fixtures.person(mine);
		this.mvc
			.perform(json(this.fixtures.as(otherLead, post(membersOf(team))),
					Map.of("personId", person.getId(), "role", "AGENT")))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(otherLead, get(membersOf(team)))).andExpect(status().isOk());
	}

	@Test
	void addingSomeoneAlreadyAMemberIsA409OnPersonIdAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		member(team, person, TeamRole.AGENT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.members.count();
		this.mvc
			.perform(json(this.fixtures.as(admin, post(membersOf(team))),
					Map.of("personId", person.getId(), "role", "LEAD")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].rule").value("Duplicate"));
		assertThat(this.members.count()).isEqualTo(before);
	}

	@Test
	void aMissingPersonOrRoleIsA400NamingTheFieldAndWritesNothing() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.members.count();
		this.mvc.perform(json(this.fixtures.as(admin, post(membersOf(team))), Map.of("role", "AGENT")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		this.mvc.perform(json(this.fixtures.as(admin, post(membersOf(team))), Map.of("personId", person.getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotNull"));
		this.mvc
			.perform(json(this.fixtures.as(admin, post(membersOf(team))),
					Map.of("personId", person.getId(), "role", "CHIEF")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/unreadable"));
		assertThat(this.members.count()).isEqualTo(before);
	}

	@Test
	void aPersonOutsideTheUsersScopeOrArchivedCannotBeAdded() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person outsider = this.fixtures.person(this.fixtures.establishment());
		Person archived = this.fixtures.person(mine);
		archived.archive("Départ");
		this.people.saveAndFlush(archived);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		long before = this.members.count();
		this.mvc
			.perform(json(this.fixtures.as(admin, post(membersOf(team))),
					Map.of("personId", outsider.getId(), "role", "AGENT")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.entity").value("Person"))
			.andExpect(jsonPath("$.id").value(String.valueOf(outsider.getId())));
		this.mvc
			.perform(json(this.fixtures.as(admin, post(membersOf(team))),
					Map.of("personId", archived.getId(), "role", "AGENT")))
			.andExpect(status().isNotFound());
		assertThat(this.members.count()).isEqualTo(before);
	}

	@Test
	void staffSeesTheMembersButCannotManageThem() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		TeamMember existing = member(team, this.fixtures.person(mine), TeamRole.AGENT);
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get(membersOf(team))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem(existing.getId().intValue())));
		this.mvc
			.perform(json(this.fixtures.as(staff, post(membersOf(team))),
					Map.of("personId", this.fixtures.person(mine).getId(), "role", "AGENT")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(this.fixtures.as(staff, put(membersOf(team) + "/" + existing.getId())),
					Map.of("role", "LEAD", "version", existing.getVersion())))
			.andExpect(status().isForbidden());
		this.mvc.perform(this.fixtures.as(staff, delete(membersOf(team) + "/" + existing.getId())))
			.andExpect(status().isForbidden());
		TeamMember after = this.members.findById(existing.getId()).orElseThrow();
		assertThat(after.getRole()).isEqualTo(TeamRole.AGENT);
	}

	@Test
	void aRoleChangeOfTheCurrentVersionIsSavedAndOfAStaleOneIsA409() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		TeamMember existing = member(team, this.fixtures.person(mine), TeamRole.AGENT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String url = membersOf(team) + "/" + existing.getId();
		this.mvc
			.perform(json(this.fixtures.as(admin, put(url)),
					Map.of("role", "LEAD", "version", existing.getVersion() + 1)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://socle.org/problems/stale-version"));
		assertThat(this.members.findById(existing.getId()).orElseThrow().getRole()).isEqualTo(TeamRole.AGENT);
		this.mvc.perform(json(this.fixtures.as(admin, put(url)), Map.of("version", existing.getVersion())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		this.mvc
			.perform(json(this.fixtures.as(admin, put(url)), Map.of("role", "LEAD", "version", existing.getVersion())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("LEAD"))
			.andExpect(jsonPath("$.version").value(existing.getVersion() + 1));
	}

	@Test
	void removingAMemberDeletesTheMembership() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		TeamMember existing = member(team, this.fixtures.person(mine), TeamRole.AGENT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(this.fixtures.as(admin, delete(membersOf(team) + "/" + existing.getId())))
			.andExpect(status().isNoContent());
		assertThat(this.members.findById(existing.getId())).isEmpty();
		this.mvc.perform(this.fixtures.as(admin, delete(membersOf(team) + "/" + existing.getId())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMembershipOfAnotherTeamIsA404() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		TeamMember elsewhere = member(this.fixtures.team(mine, TeamKind.PMO), this.fixtures.person(mine),
				TeamRole.AGENT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(json(this.fixtures.as(admin, put(membersOf(team) + "/" + elsewhere.getId())),
					Map.of("role", "LEAD", "version", elsewhere.getVersion())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.entity").value("TeamMember"));
		this.mvc.perform(this.fixtures.as(admin, delete(membersOf(team) + "/" + elsewhere.getId())))
			.andExpect(status().isNotFound());
		assertThat(this.members.findById(elsewhere.getId())).isPresent();
	}

	@Test
	void theMembersOfAnotherEstablishmentsTeamAreInvisible() throws Exception {
		Team theirs = this.fixtures.team(this.fixtures.establishment(), TeamKind.IT);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		this.mvc.perform(this.fixtures.as(admin, get(membersOf(theirs)))).andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(admin, get("/api/v1/teams/999999999/members")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAnonymousMemberChangeIsA401() throws Exception {
		this.mvc
			.perform(post("/api/v1/teams/1/members").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

}
