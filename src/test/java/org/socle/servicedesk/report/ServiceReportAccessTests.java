package org.socle.servicedesk.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who reads which report, and bad periods refused with the field and the rule. */
@SocleIntegrationTest
class ServiceReportAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	Establishment a;

	Establishment b;

	Team teamA;

	Team otherTeamOfA;

	Team teamB;

	UserAccount agentA;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.teamA = this.fixtures.team(this.a, TeamKind.IT);
		this.otherTeamOfA = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.teamB = this.fixtures.team(this.b, TeamKind.IT);
		this.agentA = this.fixtures.teamAccount(Role.AGENT, this.teamA);
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.fixtures.principal(account))));
	}

	@Test
	void anAgentOfATeamReadsItsTeamsReport() throws Exception {
		as(this.agentA, get("/api/v1/reports/service").param("teamId", this.teamA.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.teamName").value(this.teamA.getName()));
	}

	@Test
	void anAgentOfTeamACannotReadTheReportOfATeamOfAnotherEstablishment() throws Exception {
		as(this.agentA, get("/api/v1/reports/service").param("teamId", this.teamB.getId().toString()))
			.andExpect(status().isNotFound());
		as(this.agentA, get("/api/v1/reports/monthly").param("teamId", this.teamB.getId().toString()))
			.andExpect(status().isNotFound());
		as(this.agentA, get("/servicedesk/reports").param("teamId", this.teamB.getId().toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAgentOfTeamACannotReadTheReportOfAnotherTeamOfItsEstablishment() throws Exception {
		as(this.agentA, get("/api/v1/reports/service").param("teamId", this.otherTeamOfA.getId().toString()))
			.andExpect(status().isForbidden());
		as(this.agentA, get("/servicedesk/reports/export.pdf").param("teamId", this.otherTeamOfA.getId().toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffReadNoReport() throws Exception {
		UserAccount staff = this.fixtures.groupAccount(Role.STAFF, this.a);
		as(staff, get("/api/v1/reports/service")).andExpect(status().isForbidden());
		as(staff, get("/api/v1/reports/monthly")).andExpect(status().isForbidden());
		as(staff, get("/servicedesk/reports")).andExpect(status().isForbidden());
	}

	@Test
	void anEstablishmentAdministratorReadsItsEstablishmentButNotAnother() throws Exception {
		UserAccount admin = this.fixtures.establishmentAccount(Role.ADMINISTRATOR, this.a);
		as(admin, get("/api/v1/reports/service").param("establishmentId", this.a.getId().toString()))
			.andExpect(status().isOk());
		as(admin, get("/api/v1/reports/service").param("establishmentId", this.b.getId().toString()))
			.andExpect(status().isNotFound());
		as(admin, get("/servicedesk/reports")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(this.b.getName()))));
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedNamingTheLastDay() throws Exception {
		as(this.agentA, get("/api/v1/reports/service").param("from", "2026-03-31").param("to", "2026-03-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].rule").value("PeriodEndBeforeStart"));
		as(this.agentA, get("/servicedesk/reports").param("from", "2026-03-31").param("to", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"period-error\"")))
			.andExpect(content().string(containsString("doit être le premier")));
	}

	@Test
	void aPeriodOverTwoYearsIsRefusedNamingTheLastDay() throws Exception {
		as(this.agentA, get("/api/v1/reports/service").param("from", "2024-01-01").param("to", "2025-12-31"))
			.andExpect(status().isOk());
		as(this.agentA, get("/api/v1/reports/service").param("from", "2024-01-01").param("to", "2026-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].rule").value("PeriodTooLong"));
	}

	@Test
	void aMissingDayOrADayOfTheWrongKindIsRefusedNamingTheField() throws Exception {
		as(this.agentA, get("/api/v1/reports/service").param("from", "2026-03-01")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
		as(this.agentA, get("/api/v1/reports/service").param("from", "mars").param("to", "2026-03-31"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].rule").value("TypeMismatch"));
	}

	@Test
	void aYearOutOfRangeIsRefusedNamingTheYear() throws Exception {
		as(this.agentA, get("/api/v1/reports/monthly").param("year", "1999")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].rule").value("YearRange"));
	}

	@Test
	void theReportsAreInTheOpenApiDocument() throws Exception {
		as(this.agentA, get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/reports/service'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reports/monthly'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reports/service/tickets'].get").exists());
	}

}
