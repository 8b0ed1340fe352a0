package org.socle.servicedesk.catalogue;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Department;
import org.socle.directory.organisation.DepartmentLevel;
import org.socle.directory.organisation.DepartmentRepository;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.people.Person;
import org.socle.directory.people.PersonRepository;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue on the portal: only the live services offered to my establishment, forms
 * checked field by field (nothing written on error), a service request ticket with its
 * answers; and requests that wait for their approver.
 */
@SocleIntegrationTest
class PortalCatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonRepository people;

	@Autowired
	DepartmentRepository departments;

	Establishment a;

	Establishment b;

	Team team;

	UserAccount nurse;

	UserAccount agent;

	CatalogueRows rows;

	@BeforeEach
	void world() {
		this.rows = new CatalogueRows(this.jdbc);
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.team = this.fixtures.team(this.a, TeamKind.IT);
		this.nurse = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		this.agent = this.fixtures.teamAccount(Role.AGENT, this.team);
	}

	@Test
	void staffBrowseAndSearchOnlyTheLiveServicesOfferedToTheirEstablishment() throws Exception {
		Long live = named(this.rows.service(this.team.getId(), this.a.getId(), "LIVE"), "Messagerie sécurisée",
				"Boîtes aux lettres MSSanté");
		Long inDesign = named(this.rows.service(this.team.getId(), this.a.getId(), "IN_DESIGN"), "Messagerie future",
				null);
		Long retired = named(this.rows.service(this.team.getId(), this.a.getId(), "RETIRED"), "Messagerie ancienne",
				null);
		Long elsewhere = named(this.rows.service(this.team.getId(), this.b.getId(), "LIVE"), "Messagerie d'ailleurs",
				null);
		String page = as(this.nurse, get("/portal/catalogue")).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("service-" + live + "\"")
			.doesNotContain("service-" + inDesign + "\"", "service-" + retired + "\"", "service-" + elsewhere + "\"");
		as(this.nurse, get("/portal/catalogue").param("q", "mssanté")).andExpect(status().isOk())
			.andExpect(content().string(containsString("service-" + live + "\"")));
		as(this.nurse, get("/portal/catalogue").param("q", "imprimante"))
			.andExpect(content().string(not(containsString("service-" + live + "\""))));
		as(this.nurse, get("/portal/catalogue/{id}", elsewhere)).andExpect(status().isNotFound());
		as(this.nurse, get("/portal/catalogue/{id}", inDesign)).andExpect(status().isNotFound());
	}

	@Test
	void aServiceLimitedToSomeDepartmentsIsOfferedToTheirStaffOnly() throws Exception {
		Department pole = this.fixtures.department(this.a, null, DepartmentLevel.POLE);
		Department unit = this.fixtures.department(this.a, pole, DepartmentLevel.SERVICE);
		Long service = this.rows.service(this.team.getId(), this.a.getId(), "LIVE");
		this.jdbc.sql("insert into sd_service_customer_department (service_id, department_id) values (?, ?)")
			.params(service, pole.getId())
			.update();
		as(this.nurse, get("/portal/catalogue/{id}", service)).andExpect(status().isNotFound());
		Person managed = this.people.findById(this.nurse.getPerson().getId()).orElseThrow();
		managed.setDepartment(unit);
		this.people.saveAndFlush(managed);
		as(this.nurse, get("/portal/catalogue/{id}", service)).andExpect(status().isOk());
		as(this.nurse, get("/portal/catalogue"))
			.andExpect(content().string(containsString("service-" + service + "\"")));
	}

	@Test
	void eachFieldIsCheckedOnThePageAndNothingIsWrittenOnError() throws Exception {
		Long service = this.rows.service(this.team.getId(), this.a.getId(), "LIVE");
		Long item = itemWithEveryKind(service, "NONE", null);
		long requests = count("sd_service_request");
		long tickets = count("sd_ticket");
		as(this.nurse,
				post("/portal/catalogue/{s}/items/{i}", service, item).param("answers[1]", "deux")
					.param("answers[2]", "24/12/2026")
					.param("answers[3]", "Imprimante")
					.param("answers[4]", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("« Nom » est obligatoire.")))
			.andExpect(content().string(containsString("« Quantité » attend un nombre.")))
			.andExpect(content().string(containsString("« Pour le » attend une date.")))
			.andExpect(content().string(containsString("« Matériel » : choisissez")))
			.andExpect(content().string(containsString("« Pour qui » : choisissez une personne")))
			.andExpect(content().string(containsString("id=\"answer-1-error\"")));
		assertThat(count("sd_service_request")).isEqualTo(requests);
		assertThat(count("sd_ticket")).isEqualTo(tickets);
	}

	@Test
	void aRequestWithoutApprovalOpensAServiceRequestForTheOwnerTeamWithItsAnswers() throws Exception {
		Long service = this.rows.service(this.team.getId(), this.a.getId(), "LIVE");
		Long item = itemWithEveryKind(service, "NONE", null);
		Person colleague = this.fixtures.person(this.a);
		String location = as(this.nurse,
				post("/portal/catalogue/{s}/items/{i}", service, item).param("answers[0]", "Bureau des entrées")
					.param("answers[1]", "2")
					.param("answers[2]", "2026-12-24")
					.param("answers[3]", "Écran")
					.param("answers[4]", String.valueOf(colleague.getId())))
			.andExpect(redirectedUrlPattern("/portal/tickets/*?raised"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long ticketId = Long.valueOf(location.replaceAll("\\D", ""));
		var row = this.jdbc.sql("select type, team_id, service_id, channel from sd_ticket where id = ?")
			.param(ticketId)
			.query()
			.singleRow();
		assertThat(row).containsEntry("type", "SERVICE_REQUEST")
			.containsEntry("team_id", this.team.getId())
			.containsEntry("service_id", service)
			.containsEntry("channel", "PORTAL");
		as(this.agent, get("/api/v1/tickets/{id}/answers", ticketId).accept("application/json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].labelFr").value("Nom"))
			.andExpect(jsonPath("$[0].value").value("Bureau des entrées"))
			.andExpect(jsonPath("$[1].value").value("2"))
			.andExpect(jsonPath("$[3].value").value("Écran"))
			.andExpect(jsonPath("$[4].value").value(String.valueOf(colleague.getId())))
			.andExpect(jsonPath("$[4].shown").value(colleague.getFirstName() + " " + colleague.getLastName()));
		as(this.agent, get("/servicedesk/tickets/{id}", ticketId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"catalogue-answers\"")))
			.andExpect(content().string(containsString("Bureau des entrées")));
		as(this.nurse, get("/portal/tickets/{id}", ticketId)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bureau des entrées")));
	}

	@Test
	void aRequestNeedingApprovalWaitsAndTheTeamGetsItsTicketOnlyOnceApproved() throws Exception {
		UserAccount approver = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		Long service = this.rows.service(this.team.getId(), this.a.getId(), "LIVE");
		Long item = itemWithEveryKind(service, "NAMED_APPROVER", approver.getPerson().getId());
		long tickets = count("sd_ticket");
		as(this.nurse, filled(service, item)).andExpect(redirectedUrlPattern("/portal/catalogue/requests?sent"));
		Long request = lastRequestOf(this.nurse);
		assertThat(count("sd_ticket")).isEqualTo(tickets);
		as(this.nurse, get("/portal/catalogue/requests")).andExpect(status().isOk())
			.andExpect(content().string(containsString("En attente d’approbation")));
		as(this.agent, post("/portal/approvals/{id}/approve", request)).andExpect(status().isNotFound());
		as(this.nurse, post("/portal/approvals/{id}/approve", request)).andExpect(status().isNotFound());
		as(approver, get("/portal/approvals")).andExpect(content().string(containsString("Bureau des entrées")));
		as(approver, post("/portal/approvals/{id}/approve", request).param("comment", "D'accord"))
			.andExpect(status().is3xxRedirection());
		var row = this.jdbc.sql("select status, ticket_id, decided_by_id from sd_service_request where id = ?")
			.param(request)
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "APPROVED")
			.containsEntry("decided_by_id", approver.getPerson().getId());
		Long ticketId = (Long) row.get("ticket_id");
		assertThat(
				this.jdbc.sql("select team_id from sd_ticket where id = ?").param(ticketId).query(Long.class).single())
			.isEqualTo(this.team.getId());
		assertThat(this.jdbc.sql("select requester_id from sd_ticket where id = ?")
			.param(ticketId)
			.query(Long.class)
			.single()).isEqualTo(this.nurse.getPerson().getId());
		as(this.agent, get("/servicedesk/tickets/{id}", ticketId))
			.andExpect(content().string(containsString("id=\"catalogue-approval\"")));
		as(approver, post("/portal/approvals/{id}/refuse", request).param("comment", "Trop tard"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRefusalNeedsAReasonAndGivesTheTeamNothing() throws Exception {
		UserAccount approver = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		Long service = this.rows.service(this.team.getId(), this.a.getId(), "LIVE");
		Long item = itemWithEveryKind(service, "NAMED_APPROVER", approver.getPerson().getId());
		as(this.nurse, filled(service, item)).andExpect(status().is3xxRedirection());
		Long request = lastRequestOf(this.nurse);
		long tickets = count("sd_ticket");
		as(approver, post("/portal/approvals/{id}/refuse", request)).andExpect(status().is3xxRedirection());
		assertThat(statusOf(request)).isEqualTo("PENDING");
		as(approver, post("/portal/approvals/{id}/refuse", request).param("comment", "Pas de budget cette année"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(request)).isEqualTo("REFUSED");
		assertThat(count("sd_ticket")).isEqualTo(tickets);
		as(this.nurse, get("/portal/catalogue/requests")).andExpect(content().string(containsString("Refusée")))
			.andExpect(content().string(containsString("Pas de budget cette année")));
	}

	@Test
	void theHeadOfTheRequestersDepartmentApprovesAndWithoutHeadTheFormSaysSo() throws Exception {
		Department pole = this.fixtures.department(this.a, null, DepartmentLevel.POLE);
		Department unit = this.fixtures.department(this.a, pole, DepartmentLevel.SERVICE);
		Person requester = this.nurse.getPerson();
		Person managed = this.people.findById(requester.getId()).orElseThrow();
		managed.setDepartment(unit);
		this.people.saveAndFlush(managed);
		Long service = this.rows.service(this.team.getId(), this.a.getId(), "LIVE");
		Long item = itemWithEveryKind(service, "DEPARTMENT_HEAD", null);
		long requests = count("sd_service_request");
		as(this.nurse, filled(service, item)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre structure n’a pas de responsable")));
		assertThat(count("sd_service_request")).isEqualTo(requests);
		UserAccount head = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		Department headed = this.departments.findById(pole.getId()).orElseThrow();
		headed.setHeadId(head.getPerson().getId());
		this.departments.saveAndFlush(headed);
		as(this.nurse, filled(service, item)).andExpect(status().is3xxRedirection());
		Long request = lastRequestOf(this.nurse);
		as(head, post("/portal/approvals/{id}/approve", request)).andExpect(status().is3xxRedirection());
		assertThat(statusOf(request)).isEqualTo("APPROVED");
	}

	private MockHttpServletRequestBuilder filled(Long service, Long item) {
		return post("/portal/catalogue/{s}/items/{i}", service, item).param("answers[0]", "Bureau des entrées");
	}

	private String statusOf(Long request) {
		return this.jdbc.sql("select status from sd_service_request where id = ?")
			.param(request)
			.query(String.class)
			.single();
	}

	private Long lastRequestOf(UserAccount account) {
		return this.jdbc.sql("select max(id) from sd_service_request where requester_id = ?")
			.param(account.getPerson().getId())
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private Long named(Long service, String name, String description) {
		this.jdbc.sql("update sd_service set name_fr = ?, description = ? where id = ?")
			.params(name + " " + Fixtures.unique(), description, service)
			.update();
		return service;
	}

	/**
	 * An item asking a required text, then an optional number, date, choice and person.
	 */
	private Long itemWithEveryKind(Long service, String approval, Long approverId) {
		Long item = this.jdbc.sql("""
				insert into sd_service_item (service_id, label_fr, label_en, approval, approver_id, created_at,
				    created_by, last_modified_at, last_modified_by)
				values (?, 'Demande', 'Request', ?, ?, ?, 'test', ?, 'test') returning id""")
			.params(service, approval, approverId, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		String[][] fields = { { "TEXT", "Nom", "true", null }, { "NUMBER", "Quantité", "false", null },
				{ "DATE", "Pour le", "false", null }, { "CHOICE", "Matériel", "false", "Poste\nÉcran" },
				{ "PERSON", "Pour qui", "false", null } };
		for (int i = 0; i < fields.length; i++) {
			this.jdbc.sql("""
					insert into sd_service_item_field (item_id, position, kind, label_fr, label_en, required, options)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(item, i, fields[i][0], fields[i][1], fields[i][1], Boolean.valueOf(fields[i][2]), fields[i][3])
				.update();
		}
		return item;
	}

	private ResultActions as(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(this.fixtures.as(account, request));
	}

}
