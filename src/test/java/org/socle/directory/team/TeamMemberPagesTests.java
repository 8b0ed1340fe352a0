package org.socle.directory.team;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SocleIntegrationTest
class TeamMemberPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TeamMemberRepository members;

	@Autowired
	PersonRepository people;

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private static String membersOf(Team team) {
		return "/directory/teams/" + team.getId() + "/members";
	}

	@Test
	void addingAMemberThroughHtmxReturnsTheRefreshedMembersFragment() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc
			.perform(htmx(this.fixtures.as(admin, post(membersOf(team)))).param("personId", person.getId().toString())
				.param("role", "LEAD"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/teams/members :: members"))
			.andExpect(content().string(startsWith("<section id=\"members\"")))
			.andExpect(content().string(containsString(person.label())))
			.andExpect(content().string(containsString("id=\"add-member\"")))
			.andExpect(content().string(not(containsString("<option value=\"\">"))))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.members.existsByTeamIdAndPersonId(team.getId(), person.getId())).isTrue();
	}

	@Test
	void addingSomeoneAlreadyAMemberShowsTheErrorBesideThePerson() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		this.members.saveAndFlush(new TeamMember(team, person, TeamRole.AGENT));
		UserAccount lead = this.fixtures.teamAccount(Role.TEAM_LEAD, team);
		long before = this.members.count();
		this.mvc
			.perform(htmx(this.fixtures.as(lead, post(membersOf(team)))).param("personId", person.getId().toString())
				.param("role", "AGENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"personId-error\"")))
			.andExpect(content().string(containsString("est déjà utilisée")));
		this.mvc.perform(htmx(this.fixtures.as(lead, post(membersOf(team)))).param("role", "AGENT"))
			.andExpect(content().string(containsString("id=\"personId-error\"")));
		assertThat(this.members.count()).isEqualTo(before);
	}

	@Test
	void thePersonSearchOffersOnlyVisibleActivePeopleWhoAreNotYetMembers() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		String tag = Fixtures.unique();
		Person candidate = named(mine, "Candidat" + tag);
		Person outsider = named(this.fixtures.establishment(), "Lointain" + tag);
		Person gone = named(mine, "Parti" + tag);
		gone.archive("Départ");
		this.people.saveAndFlush(gone);
		Person already = named(mine, "Membre" + tag);
		this.members.saveAndFlush(new TeamMember(team, already, TeamRole.AGENT));
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		this.mvc.perform(htmx(this.fixtures.as(admin, get(membersOf(team) + "/candidates"))).param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"candidates\"")))
			.andExpect(content().string(containsString("value=\"" + candidate.getId() + "\"")))
			.andExpect(content().string(not(containsString(outsider.getLastName()))))
			.andExpect(content().string(not(containsString(gone.getLastName()))))
			.andExpect(content().string(not(containsString(already.getLastName()))));
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(htmx(this.fixtures.as(staff, get(membersOf(team) + "/candidates"))).param("q", tag))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffSeesTheMembersReadOnlyAndCannotPostChanges() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		TeamMember member = this.members.saveAndFlush(new TeamMember(team, person, TeamRole.AGENT));
		UserAccount staff = this.fixtures.establishmentAccount(Role.STAFF, mine);
		this.mvc.perform(this.fixtures.as(staff, get(membersOf(team))))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/teams/members"))
			.andExpect(content().string(containsString(person.label())))
			.andExpect(content().string(containsString("id=\"members-read-only\"")))
			.andExpect(content().string(not(containsString("id=\"add-member\""))));
		this.mvc.perform(htmx(this.fixtures.as(staff, post(membersOf(team) + "/" + member.getId() + "/remove"))))
			.andExpect(status().isForbidden());
		assertThat(this.members.findById(member.getId())).isPresent();
	}

	@Test
	void changingARoleAndRemovingThroughHtmxRefreshTheFragmentAndShowInTheHistory() throws Exception {
		Establishment mine = this.fixtures.establishment();
		Team team = this.fixtures.team(mine, TeamKind.IT);
		Person person = this.fixtures.person(mine);
		TeamMember member = this.members.saveAndFlush(new TeamMember(team, person, TeamRole.AGENT));
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, mine);
		String url = membersOf(team) + "/" + member.getId();
		this.mvc.perform(htmx(this.fixtures.as(admin, post(url))).param("role", "LEAD").param("version", "7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifié cette fiche entre-temps")));
		this.mvc
			.perform(htmx(this.fixtures.as(admin, post(url))).param("role", "LEAD")
				.param("version", String.valueOf(member.getVersion())))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/teams/members :: members"));
		assertThat(this.members.findById(member.getId()).orElseThrow().getRole()).isEqualTo(TeamRole.LEAD);
		this.mvc.perform(htmx(this.fixtures.as(admin, post(url + "/remove"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-members\"")));
		assertThat(this.members.findById(member.getId())).isEmpty();
		this.mvc.perform(this.fixtures.as(admin, get("/directory/teams/" + team.getId() + "/history")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ins>LEAD</ins>")))
			.andExpect(content().string(containsString("<del>" + person.label() + "</del>")));
	}

	private Person named(Establishment establishment, String lastName) {
		Person person = this.fixtures.person(establishment);
		person.setLastName(lastName);
		return this.people.saveAndFlush(person);
	}

}
