package org.socle.journeys;

import java.time.LocalDate;

import org.openqa.selenium.By;
import org.socle.inventory.label.AssetLinks;
import org.socle.testing.Browser;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.InventoryFixtures.AssetRow;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steps that journeys about a faulty pump share: a pump of claire.morel's
 * establishment kept by the "Biomédical GHT" team, and claire.morel reporting it faulty
 * from its mobile page on her phone (the label's address, signing in on the way).
 */
final class PumpReports {

	static final String PASSWORD = "socle-demo";

	private PumpReports() {
	}

	/**
	 * A new infusion pump in service at claire.morel's establishment, kept by "Biomédical
	 * GHT", of a new medical-device category with these flags.
	 */
	static Pump newPump(InventoryFixtures inventory, JdbcClient jdbc, String... categoryFlags) {
		Long establishment = jdbc
			.sql("select p.establishment_id from dir_person p join dir_user_account a "
					+ "on a.person_id = p.id where a.login = 'claire.morel'")
			.query(Long.class)
			.single();
		Long team = jdbc.sql("select id from dir_team where name = 'Biomédical GHT'").query(Long.class).single();
		long category = inventory.category("MEDICAL_DEVICE", categoryFlags);
		long model = inventory.model(category, "Volumat Agilia", null);
		long pump = inventory.asset(new AssetRow(establishment, team, category, model, "23AB" + Fixtures.unique(), null,
				"IN_SERVICE", LocalDate.of(2021, 3, 1)));
		String number = jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(pump)
			.query(String.class)
			.single();
		return new Pump(pump, number);
	}

	/**
	 * claire.morel, on her phone, opens the pump's label address, signs in, reports the
	 * fault as making the pump unusable, and sees it listed on the pump's page.
	 * @return the ticket raised
	 */
	static long reportFaulty(Browser nurse, Pump pump, String summary, String details, Shots shots) {
		nurse.go(AssetLinks.mobilePath(pump.number()));
		nurse.type(By.id("username"), "claire.morel");
		nurse.type(By.id("password"), PASSWORD);
		nurse.click(By.cssSelector("button[type=submit]"));
		nurse.waitForText(By.id("mobile-number"), pump.number());
		nurse.waitForText(By.id("mobile-tickets"), "Aucun signalement en cours");
		nurse.screenshot(shots.page());
		nurse.type(By.id("summary"), summary);
		nurse.type(By.id("details"), details);
		nurse.click(By.id("unusable"));
		nurse.screenshot(shots.filled()).click(By.id("report-submit"));
		nurse.find(By.id("portal-raised"));
		nurse.screenshot(shots.reported());
		String ticketUrl = nurse.currentUrl();
		nurse.go(AssetLinks.mobilePath(pump.number()));
		nurse.waitForText(By.id("mobile-tickets"), summary);
		return Long.parseLong(ticketUrl.replaceAll(".*/portal/tickets/(\\d+).*", "$1"));
	}

	/** The pump: its id and inventory number. */
	record Pump(long id, String number) {
	}

	/**
	 * Screenshot names: the pump's page, the report filled in, the ticket raised.
	 */
	record Shots(String page, String filled, String reported) {
	}

}
