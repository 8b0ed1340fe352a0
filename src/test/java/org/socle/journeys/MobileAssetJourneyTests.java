package org.socle.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A nurse scans a pump's label with her phone, signs in, and reports it faulty from its
 * mobile page; the biomedical agent finds the ticket about that pump. Demo accounts:
 * claire.morel (nurse of CH Saint-Aubin), agent.bio (Biomédical GHT).
 */
@BrowserJourney
@Import(InventoryFixtures.class)
class MobileAssetJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNurseOpensAPumpsPageFromItsLabelOnHerPhoneAndReportsItFaulty() {
		Pump pump = PumpReports.newPump(this.inventory, this.jdbc);
		String summary = "Alarme d'occlusion sans raison " + Fixtures.unique();

		long id;
		try (Browser nurse = Browser.open(this.port, 390, 844)) {
			id = PumpReports.reportFaulty(nurse, pump, summary, "La pompe s'arrête toutes les dix minutes, box 3.",
					new Shots("40-mobile-asset-phone", "41-mobile-report-phone", "42-mobile-reported"));
		}

		try (Browser bio = Browser.open(this.port, 1280, 900)) {
			bio.signIn("agent.bio", PumpReports.PASSWORD);
			bio.go("/servicedesk/tickets/" + id);
			bio.waitForText(By.id("ticket-asset"), pump.number());
			bio.screenshot("43-ticket-about-the-pump");
			assertThat(bio.find(By.id("ticket-asset-link")).getAttribute("href"))
				.endsWith("/inventory/assets/" + pump.id());
		}
	}

}
