package org.socle.journeys;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.socle.inventory.label.AssetLinks;
import org.socle.testing.Browser;
import org.socle.testing.BrowserJourney;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.InventoryFixtures.AssetRow;

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

	private static final String PASSWORD = "socle-demo";

	@LocalServerPort
	int port;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNurseOpensAPumpsPageFromItsLabelOnHerPhoneAndReportsItFaulty() {
		Long establishment = this.jdbc
			.sql("select p.establishment_id from dir_person p join dir_user_account a "
					+ "on a.person_id = p.id where a.login = 'claire.morel'")
			.query(Long.class)
			.single();
		Long team = this.jdbc.sql("select id from dir_team where name = 'Biomédical GHT'").query(Long.class).single();
		long category = this.inventory.category("MEDICAL_DEVICE");
		long model = this.inventory.model(category, "Volumat Agilia", null);
		long pump = this.inventory.asset(new AssetRow(establishment, team, category, model, "23AB" + Fixtures.unique(),
				null, "IN_SERVICE", LocalDate.of(2021, 3, 1)));
		String number = this.jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(pump)
			.query(String.class)
			.single();
		String summary = "Alarme d'occlusion sans raison " + Fixtures.unique();

		String ticketUrl;
		try (Browser nurse = Browser.open(this.port, 390, 844)) {
			// the label's address: signing in first, then straight back to the pump's
			// page
			nurse.go(AssetLinks.mobilePath(number));
			nurse.type(By.id("username"), "claire.morel");
			nurse.type(By.id("password"), PASSWORD);
			nurse.click(By.cssSelector("button[type=submit]"));
			nurse.waitForText(By.id("mobile-number"), number);
			nurse.waitForText(By.id("mobile-tickets"), "Aucun signalement en cours");
			nurse.screenshot("40-mobile-asset-phone");
			nurse.type(By.id("summary"), summary);
			nurse.type(By.id("details"), "La pompe s'arrête toutes les dix minutes, box 3.");
			nurse.click(By.id("unusable"));
			nurse.screenshot("41-mobile-report-phone").click(By.id("report-submit"));
			nurse.find(By.id("portal-raised"));
			nurse.screenshot("42-mobile-reported");
			ticketUrl = nurse.currentUrl();
			nurse.go(AssetLinks.mobilePath(number));
			nurse.waitForText(By.id("mobile-tickets"), summary);
		}
		Long id = Long.valueOf(ticketUrl.replaceAll(".*/portal/tickets/(\\d+).*", "$1"));

		try (Browser bio = Browser.open(this.port, 1280, 900)) {
			bio.signIn("agent.bio", PASSWORD);
			bio.go("/servicedesk/tickets/" + id);
			bio.waitForText(By.id("ticket-asset"), number);
			bio.screenshot("43-ticket-about-the-pump");
			assertThat(bio.find(By.id("ticket-asset-link")).getAttribute("href")).endsWith("/inventory/assets/" + pump);
		}
	}

}
