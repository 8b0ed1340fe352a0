package org.socle.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.socle.inventory.label.AssetLinks;
import org.socle.journeys.PumpReports.Pump;
import org.socle.journeys.PumpReports.Shots;
import org.socle.testing.Browser;
import org.socle.testing.BrowserJourney;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a nurse's report to a pump taken out of service: claire.morel reports a pump
 * faulty from its label; the biomedical engineer (agent.bio) takes the ticket, opens a
 * corrective work order from it, measures the pump against limits, finds it unsafe and
 * records a serious nonconformity; the pump then goes out of service by a lifecycle
 * decision (status journal and history), may not be put back in service before a control,
 * shows as out of service on its page, on the ticket and on its mobile page, and
 * claire.morel follows the work order on her ticket in the portal.
 */
@BrowserJourney
@Import(InventoryFixtures.class)
class TicketToWorkOrderJourneyTests {

	private static final String SUMMARY = "Débit irrégulier";

	@LocalServerPort
	int port;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPumpReportedByANurseIsRepairedFromItsTicketAndAFailedMeasureTakesItOutOfService() {
		Pump pump = PumpReports.newPump(this.inventory, this.jdbc);
		String summary = SUMMARY + " " + Fixtures.unique();
		long ticket;
		try (Browser nurse = Browser.open(this.port, 390, 844)) {
			ticket = PumpReports.reportFaulty(nurse, pump, summary, "Le débit affiché ne correspond pas, chambre 12.",
					new Shots("60-workorder-pump-phone", "61-workorder-report-phone", "62-workorder-reported"));
		}

		String order;
		try (Browser bio = Browser.open(this.port, 1280, 1000)) {
			bio.signIn("agent.bio", PumpReports.PASSWORD);
			order = openWorkOrderFromTheTicket(bio, ticket, pump);
			measureAndFindThePumpUnsafe(bio, order);
			thePumpIsOutOfServiceWhereverItShows(bio, ticket, pump, order);
		}

		try (Browser nurse = Browser.open(this.port, 390, 844)) {
			nurse.signIn("claire.morel", PumpReports.PASSWORD);
			nurse.go(AssetLinks.mobilePath(pump.number()));
			nurse.find(By.id("mobile-blocked"));
			nurse.screenshot("70-workorder-mobile-blocked-phone");
			nurse.go("/portal/tickets/" + ticket);
			nurse.waitForText(By.id("portal-timeline"), order);
			nurse.waitForText(By.id("portal-timeline"), "terminé");
			nurse.waitForText(By.id("portal-timeline"), "pompe arrêtée");
			((JavascriptExecutor) nurse.driver()).executeScript("window.scrollTo(0, document.body.scrollHeight);");
			nurse.screenshot("71-workorder-portal-progress");
		}
	}

	/** Takes the ticket, opens the work order from it, goes to its page. */
	private String openWorkOrderFromTheTicket(Browser bio, long ticket, Pump pump) {
		bio.go("/servicedesk/tickets/" + ticket);
		bio.click(By.id("assign-me"));
		bio.waitForText(By.id("ticket-status"), "Assigné");
		bio.waitForText(By.id("ticket-work-orders"), "Aucun ordre de travail");
		bio.screenshot("63-workorder-ticket-taken");
		bio.click(By.id("work-order-open"));
		bio.waitForText(By.id("ticket-work-orders"), "OT-");
		bio.waitForText(By.id("ticket-work-orders"), "Ouvert");
		bio.screenshot("64-workorder-opened-from-ticket");
		String order = bio.find(By.cssSelector("#ticket-work-orders .ticket-work-order a")).getText();
		bio.click(By.cssSelector("#ticket-work-orders .ticket-work-order a"));
		bio.waitForText(By.tagName("h1"), order);
		assertThat(bio.find(By.tagName("h1")).getText()).as("titled after the ticket").contains(SUMMARY);
		bio.waitForText(By.tagName("main"), pump.number());
		return order;
	}

	/**
	 * Starts the work, adds the two measures the pump is checked against, measures both
	 * out of their limits, records who worked and the serious nonconformity, and closes.
	 */
	private void measureAndFindThePumpUnsafe(Browser bio, String order) {
		bio.click(By.id("to-IN_PROGRESS"));
		bio.waitForText(By.id("work-order-status"), "En cours");
		addCheck(bio, "Débit délivré à 100 mL/h", "mL/h", "95", "105");
		addCheck(bio, "Seuil d'alarme d'occlusion", "mmHg", "300", "800");
		measure(bio, "Débit délivré à 100 mL/h", "82");
		measure(bio, "Seuil d'alarme d'occlusion", "1020");
		bio.type(By.cssSelector("#record-form input[name=minutes]"), "50");
		bio.click(By.cssSelector("#record-form button[type=submit]"));
		bio.waitForText(By.id("work-records"), "50 min");
		bio.find(By.cssSelector("#conformity option[value=SERIOUS_NONCONFORMITY]")).click();
		bio.type(By.cssSelector("#result-form input[name=closingNote]"),
				"Débit et seuil d'occlusion hors limites : pompe arrêtée, carte de régulation à remplacer.");
		bio.click(By.id("save-result"));
		bio.waitForText(By.id("work-order-conformity"), "Non-conformité grave");
		bio.screenshot("65-workorder-measured-unsafe");
		bio.click(By.id("to-DONE"));
		bio.waitForText(By.id("work-order-status"), "Terminé");
		bio.find(By.id("asset-blocked"));
		bio.waitForText(By.id("nonconformities"), "Mis hors service");
		bio.screenshot("66-workorder-done-pump-stopped");
		assertThat(bio.find(By.id("checks")).getText()).contains("82", "1020", "Hors limites");
		assertThat(order).startsWith("OT-");
	}

	/**
	 * The asset page shows the decision in its status journal and its history, and
	 * refuses to put the pump back in service while the nonconformity stands; the ticket
	 * shows the pump blocked and the work order done.
	 */
	private void thePumpIsOutOfServiceWhereverItShows(Browser bio, long ticket, Pump pump, String order) {
		bio.go("/inventory/assets/" + pump.id());
		bio.waitForText(By.id("asset-status"), "Hors service");
		bio.waitForText(By.id("status-changes"), order);
		bio.find(By.cssSelector("#transition-to option[value=IN_SERVICE]")).click();
		bio.click(By.id("transition-submit"));
		bio.waitForText(By.id("transition-error"), "Un contrôle conforme est nécessaire avant la remise en service");
		bio.waitForText(By.id("transition-error"), order);
		bio.waitForText(By.id("asset-status"), "Hors service");
		bio.screenshot("67-workorder-asset-out-of-service");
		bio.go("/inventory/assets/" + pump.id() + "/history");
		bio.waitForText(By.tagName("main"), "OUT_OF_SERVICE");
		bio.screenshot("68-workorder-asset-history");
		bio.go("/servicedesk/tickets/" + ticket);
		bio.waitForText(By.id("ticket-asset-status"), "Hors service");
		bio.waitForText(By.id("ticket-asset-block"), order);
		bio.waitForText(By.id("ticket-work-orders"), "Terminé");
		bio.screenshot("69-workorder-ticket-pump-blocked");
		bio.click(By.cssSelector("#ticket-asset-impact summary"));
		bio.waitForText(By.id("impact-none"), "Rien ne repose sur cet équipement");
	}

	private static void addCheck(Browser bio, String label, String unit, String lower, String upper) {
		bio.type(By.cssSelector("#check-form input[name=label]"), label);
		bio.type(By.cssSelector("#check-form input[name=unit]"), unit);
		bio.type(By.cssSelector("#check-form input[name=lowerLimit]"), lower);
		bio.type(By.cssSelector("#check-form input[name=upperLimit]"), upper);
		bio.click(By.cssSelector("#check-form button[type=submit]"));
		bio.waitForText(By.id("checks"), label);
	}

	private static void measure(Browser bio, String label, String value) {
		String row = "//table[@id='checks']//tr[td[1][normalize-space()=\"" + label + "\"]]";
		bio.type(By.xpath(row + "//input[@name='measuredValue']"), value);
		bio.click(By.xpath(row + "//button[@type='submit']"));
		bio.waitForText(By.xpath(row), "Hors limites");
	}

}
