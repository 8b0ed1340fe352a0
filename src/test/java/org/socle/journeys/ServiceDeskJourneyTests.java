package org.socle.journeys;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socle.testing.Browser;
import org.socle.testing.BrowserJourney;
import org.socle.testing.Fixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nurse's problem, from the portal on her phone to the IT desk, the biomedical team and
 * back to her. Demo accounts: claire.morel (nurse), agent.si (IT agent), agent.bio
 * (biomedical agent).
 */
@BrowserJourney
class ServiceDeskJourneyTests {

	private static final String PASSWORD = "socle-demo";

	@LocalServerPort
	int port;

	@Test
	void aNurseReportsOnThePortalAndTheTicketTravelsFromItToBiomedicalAndBack() {
		String title = "Pompe du box 3 qui s'arrête " + Fixtures.unique();
		String ticketPath = as("claire.morel", 390, 844, nurse -> {
			nurse.go("/portal").screenshot("30-portal-phone");
			nurse.click(By.xpath("//a[contains(@class,'portal-topic')][.//div[contains(., 'ordinateur')]]"));
			nurse.type(By.id("title"), title);
			nurse.type(By.id("description"), "Elle s'arrête toutes les dix minutes avec une alarme.");
			nurse.type(By.id("locationNote"), "Réanimation, box 3");
			nurse.click(By.xpath("//input[@name='affected' and @value='UNIT_OR_PATIENTS']"));
			nurse.screenshot("31-portal-form-phone").click(By.id("portal-submit"));
			nurse.find(By.id("portal-raised"));
			nurse.screenshot("32-portal-raised");
		});
		Long id = Long.valueOf(ticketPath.replaceAll(".*/portal/tickets/(\\d+).*", "$1"));

		as("agent.si", 1280, 900, agent -> {
			agent.go("/servicedesk/tickets/" + id).click(By.id("assign-me"));
			agent.waitForText(By.id("ticket-status"), "Assigné");
			move(agent, "IN_PROGRESS", null);
			move(agent, "PENDING", "REQUESTER");
			agent.type(By.id("comment-body"), "Quel est le numéro d'inventaire collé sous la pompe ?");
			agent.click(By.cssSelector("#comment-form button[type=submit]"));
			agent.waitForText(By.id("timeline"), "numéro d'inventaire").screenshot("33-agent-asks");
		});

		as("claire.morel", 390, 844, nurse -> {
			nurse.go("/portal/tickets/" + id);
			nurse.waitForText(By.id("portal-status"), "question");
			nurse.type(By.id("answer-body"), "BIO-004512");
			nurse.click(By.id("portal-answer"));
			nurse.waitForText(By.id("portal-timeline"), "BIO-004512");
			nurse.waitForText(By.id("portal-status"), "En cours").screenshot("34-nurse-answers");
		});

		as("agent.si", 1280, 900, agent -> {
			agent.go("/servicedesk/tickets/" + id);
			new Select(agent.find(By.id("transfer-team"))).selectByVisibleText("Biomédical GHT");
			agent.click(By.cssSelector("#transfer-form button[type=submit]"));
			agent.waitForText(By.id("ticket-team"), "Biomédical GHT").screenshot("35-transferred");
		});

		as("agent.bio", 1280, 900, bio -> {
			bio.go("/servicedesk/queues?view=TEAMS");
			bio.waitForText(By.id("results"), title);
			bio.go("/servicedesk/tickets/" + id).click(By.id("assign-me"));
			bio.waitForText(By.id("ticket-status"), "Assigné");
			move(bio, "IN_PROGRESS", null);
			new Select(bio.find(By.id("status-to"))).selectByValue("RESOLVED");
			bio.type(By.id("resolutionCode"), "CAPTEUR");
			bio.type(By.id("resolutionNote"), "Capteur d'occlusion remplacé, pompe testée 2 h.");
			bio.click(By.cssSelector("#status-form button[type=submit]"));
			bio.waitForText(By.id("ticket-status"), "Résolu").screenshot("36-resolved");
		});

		as("claire.morel", 390, 844, nurse -> {
			nurse.go("/portal/tickets/" + id);
			nurse.find(By.id("portal-resolved"));
			nurse.screenshot("37-portal-resolved");
			nurse.type(By.id("reopen-body"), "L'alarme est revenue cette nuit.");
			nurse.click(By.id("portal-reopen"));
			nurse.waitForText(By.id("portal-status"), "En cours");
			nurse.waitForText(By.id("portal-timeline"), "L'alarme est revenue").screenshot("38-reopened");
			assertThat(nurse.find(By.id("portal-timeline")).getText()).contains("BIO-004512")
				.doesNotContain("Note interne");
		});
	}

	/** Signs in a new browser as the user, runs the steps, and gives the last URL. */
	private String as(String login, int width, int height, Consumer<Browser> steps) {
		try (Browser browser = Browser.open(this.port, width, height)) {
			browser.signIn(login, PASSWORD);
			steps.accept(browser);
			return browser.currentUrl();
		}
	}

	private static void move(Browser agent, String to, String pendingReason) {
		new Select(agent.find(By.id("status-to"))).selectByValue(to);
		if (pendingReason != null) {
			new Select(agent.find(By.id("pendingReason"))).selectByValue(pendingReason);
		}
		agent.click(By.cssSelector("#status-form button[type=submit]"));
		agent.waitForText(By.id("ticket-status"), label(to));
	}

	private static String label(String status) {
		return switch (status) {
			case "IN_PROGRESS" -> "En cours";
			case "PENDING" -> "En attente";
			default -> status;
		};
	}

}
