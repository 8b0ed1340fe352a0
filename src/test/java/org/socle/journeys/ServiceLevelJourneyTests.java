package org.socle.journeys;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socle.servicedesk.sla.SlaSweep;
import org.socle.testing.Browser;
import org.socle.testing.BrowserJourney;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ISO 20000 evidence from end to end: the IT lead publishes a service with a request form
 * and commits to a service level, a nurse asks for it on the portal, the ticket breaches
 * its target, the lead sees the escalation, the nurse rates the resolution. Demo
 * accounts: agent.si (IT agent and lead), claire.morel (nurse). The sweep is the
 * scheduled job's own method, run by the test at an instant two hours ahead so that the
 * targets are missed.
 */
@BrowserJourney
class ServiceLevelJourneyTests {

	private static final String PASSWORD = "socle-demo";

	@LocalServerPort
	int port;

	@Autowired
	SlaSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeadCommitsToAServiceLevelTheRequestBreachesItAndTheRequesterRatesIt() {
		String service = "Accès au dossier patient " + Fixtures.unique();
		String serviceId = as("agent.si", 1280, 900, lead -> defineService(lead, service))
			.replaceAll(".*/servicedesk/services/(\\d+).*", "$1");
		as("agent.si", 1280, 900, lead -> {
			lead.go("/servicedesk/services/" + serviceId);
			addRequestForm(lead);
			commitToServiceLevel(lead, service, serviceId);
		});

		String ticketPath = as("claire.morel", 390, 844, nurse -> {
			nurse.go("/portal/catalogue");
			nurse.type(By.id("q"), service).waitForText(By.id("results"), service);
			nurse.click(By.xpath("//a[contains(@class, 'catalogue-service')][contains(., '" + service + "')]"));
			nurse.click(By.cssSelector("#catalogue-items a"));
			nurse.type(By.id("answer-0"), "Poste CARDIO-12, session de nuit");
			nurse.screenshot("40-catalogue-form-phone").click(By.id("send"));
			nurse.waitForUrl("/portal/tickets/");
			nurse.screenshot("41-catalogue-requested");
		});
		Long id = Long.valueOf(ticketPath.replaceAll(".*/portal/tickets/(\\d+).*", "$1"));

		this.sweep.sweep(Instant.now().plus(Duration.ofHours(2)));

		as("agent.si", 1280, 900, lead -> {
			lead.go("/servicedesk/tickets/" + id);
			lead.waitForText(By.id("sla-section"), "Dépassé");
			assertThat(lead.find(By.id("timeline")).getText()).contains("Escalade");
			lead.screenshot("42-escalated");
			lead.click(By.id("assign-me")).waitForText(By.id("ticket-status"), "Assigné");
			new Select(lead.find(By.id("status-to"))).selectByValue("RESOLVED");
			lead.type(By.id("resolutionCode"), "DROITS");
			lead.type(By.id("resolutionNote"), "Accès ouvert pour la session de nuit.");
			lead.click(By.cssSelector("#status-form button[type=submit]"));
			lead.waitForText(By.id("ticket-status"), "Résolu");
		});

		String surveyPath = surveyLinkOf(id);
		try (Browser nurse = Browser.open(this.port, 390, 844)) {
			nurse.go(surveyPath);
			nurse.click(By.cssSelector("label[for=rating-3]"));
			nurse.type(By.id("satisfaction-comment"), "Trop long pour une urgence de nuit.");
			nurse.screenshot("43-rating-phone").click(By.id("satisfaction-send"));
			nurse.find(By.id("satisfaction-thanks"));
		}

		String number = this.jdbc.sql("select number from sd_ticket where id = ?")
			.param(id)
			.query(String.class)
			.single();
		as("agent.si", 1280, 900, lead -> {
			lead.go("/servicedesk/tickets/" + id);
			lead.waitForText(By.id("ticket-satisfaction"), "3");
			lead.screenshot("44-rated");
			lead.go("/servicedesk/reports?serviceId=" + serviceId + "&month="
					+ YearMonth.now(ZoneId.of("Europe/Paris")));
			lead.waitForText(By.id("report-breaches"), number);
			assertThat(lead.find(By.id("satisfaction-mean")).getText()).contains("3");
			lead.screenshot("45-service-report");
		});
	}

	private static void defineService(Browser lead, String service) {
		lead.go("/servicedesk/services/new");
		lead.type(By.id("nameFr"), service).type(By.id("nameEn"), "Patient record access");
		new Select(lead.find(By.id("ownerTeamId"))).selectByVisibleText("Informatique GHT");
		new Select(lead.find(By.id("status"))).selectByValue("LIVE");
		lead.click(By.xpath("//label[contains(., 'Saint-Aubin')]"));
		lead.type(By.id("description"), "Ouvrir ou rétablir l'accès d'un soignant au dossier patient.");
		lead.screenshot("38-service-form").click(By.id("save"));
		lead.waitForText(By.id("service-name"), service);
	}

	private static void addRequestForm(Browser lead) {
		lead.click(By.id("new-item"));
		lead.type(By.id("labelFr"), "Ouvrir un accès").type(By.id("labelEn"), "Open an access");
		lead.type(By.name("fields[0].labelFr"), "Poste et horaire").type(By.name("fields[0].labelEn"), "Workstation");
		lead.click(By.name("fields[0].required"));
		lead.click(By.id("save"));
		lead.waitForText(By.id("service-items"), "Ouvrir un accès");
	}

	private static void commitToServiceLevel(Browser lead, String service, String serviceId) {
		lead.go("/servicedesk/agreements/new");
		new Select(lead.find(By.id("kind"))).selectByValue("SLA");
		lead.type(By.id("name"), "SLA " + service);
		new Select(lead.find(By.id("teamId"))).selectByVisibleText("Informatique GHT");
		new Select(lead.find(By.id("serviceId"))).selectByValue(serviceId);
		int rows = lead.driver().findElements(By.cssSelector("input[name$='.responseMinutes']")).size();
		for (int row = 0; row < rows; row++) {
			lead.type(By.name("targets[" + row + "].responseMinutes"), "15");
			lead.type(By.name("targets[" + row + "].resolutionMinutes"), "60");
		}
		lead.screenshot("39-agreement-form").click(By.id("agreement-save"));
		lead.waitForText(By.tagName("main"), "SLA " + service);
	}

	/** The survey link the resolution mail carries (the mail is in the outbox). */
	private String surveyLinkOf(Long ticketId) {
		String body = this.jdbc
			.sql("select body_text from sd_mail_outbox where ticket_id = ? and body_text like '%/satisfaction/%'"
					+ " order by id desc limit 1")
			.param(ticketId)
			.query(String.class)
			.single();
		return body.replaceAll("(?s).*?(/satisfaction/[A-Za-z0-9_-]+).*", "$1");
	}

	/** Signs in a new browser as the user, runs the steps, and gives the last URL. */
	private String as(String login, int width, int height, Consumer<Browser> steps) {
		try (Browser browser = Browser.open(this.port, width, height)) {
			browser.signIn(login, PASSWORD);
			steps.accept(browser);
			return browser.currentUrl();
		}
	}

}
