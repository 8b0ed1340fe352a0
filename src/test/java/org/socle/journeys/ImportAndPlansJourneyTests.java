package org.socle.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamRepository;
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
 * A biomedical engineer (lead of the demo team "Biomédical GHT", an account the fixtures
 * grant) sets the yearly maintenance plan of a pump model his team already keeps, imports
 * the rest of the fleet from the old GMAO's CSV export (one line with a date the preview
 * refuses), confirms the valid lines, and finds the imported pumps' maintenance due at
 * once, without waiting for the nightly plan job.
 */
@BrowserJourney
@Import(InventoryFixtures.class)
class ImportAndPlansJourneyTests {

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	TeamRepository teams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@TempDir
	Path files;

	@Test
	void anEngineerImportsADeviceListAndSeesTheirMaintenanceFallDue() throws IOException {
		String u = Fixtures.unique();
		Team biomedical = this.teams
			.findById(this.jdbc.sql("select id from dir_team where name = 'Biomédical GHT'").query(Long.class).single())
			.orElseThrow();
		UserAccount engineer = this.fixtures.teamAccount(Role.TEAM_LEAD, biomedical);
		long pumps = this.jdbc.sql("select id from inv_category where code = 'POMPE-PERF'").query(Long.class).single();
		long model = this.inventory.model(pumps, "Volumat MC " + u, null);
		String manufacturer = this.jdbc
			.sql("select f.name from inv_manufacturer f join inv_model m on m.manufacturer_id = f.id where m.id = :id")
			.param("id", model)
			.query(String.class)
			.single();
		String finess = this.jdbc.sql("select geographic_finess from dir_establishment where id = :id")
			.param("id", biomedical.getEstablishment().getId())
			.query(String.class)
			.single();
		LocalDate today = LocalDate.now(this.clock);
		// the pump the team registered by hand, in service since last month
		this.inventory.asset(new AssetRow(biomedical.getEstablishment().getId(), biomedical.getId(), pumps, model,
				"SN-" + u, null, "IN_SERVICE", today.minusMonths(1)));
		String soon = "VOL-" + u + "-1";
		String later = "VOL-" + u + "-2";
		String bad = "VOL-" + u + "-3";
		Path csv = this.files.resolve("export-gmao.csv");
		Files.writeString(csv, String.join("\n",
				"Equipement;Désignation;Famille;Marque;Modèle;N° série;Etablissement;Groupe en charge du matériel;"
						+ "Etat;Date de mise en service",
				line(soon, manufacturer, model(u), finess, today.minusYears(2).plusDays(5).format(DAY_FIRST)),
				line(later, manufacturer, model(u), finess, today.minusYears(1).plusDays(40).format(DAY_FIRST)),
				line(bad, manufacturer, model(u), finess, "31/02/2024")) + "\n", StandardCharsets.UTF_8);
		String plan = "Maintenance préventive annuelle Volumat MC " + u;

		try (Browser browser = Browser.open(this.port, 1280, 900)) {
			browser.signIn(engineer.getLogin(), Fixtures.PASSWORD);

			// the manufacturer's yearly maintenance, for the model
			browser.go("/inventory/plans/new");
			browser.type(By.id("name"), plan);
			new Select(browser.find(By.id("modelId"))).selectByValue(String.valueOf(model));
			new Select(browser.find(By.id("workOrderType"))).selectByValue("PREVENTIVE");
			browser.type(By.id("intervalMonths"), "12");
			browser.type(By.id("windowBeforeDays"), "15");
			browser.type(By.id("windowAfterDays"), "15");
			browser.type(By.id("leadDays"), "30");
			browser.screenshot("49-plan-new").click(By.id("plan-save"));
			browser.waitForText(By.id("plans"), plan);

			// upload the export: nothing is written yet
			browser.go("/inventory/imports");
			browser.find(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
			browser.screenshot("50-import-upload").click(By.id("upload"));

			// the old tool's "Equipement" is not a header Socle knows: map it by hand
			browser.find(By.id("mapping-form"));
			Select number = new Select(browser.find(By.id("column-inventoryNumber")));
			assertThat(number.getFirstSelectedOption().getAttribute("value")).isEmpty();
			number.selectByValue("0");
			assertThat(new Select(browser.find(By.id("column-firstInServiceOn"))).getFirstSelectedOption().getText())
				.startsWith("Date de mise en service");
			browser.screenshot("51-import-mapping").click(By.id("check"));

			// the dry run: two valid lines, the third named with its column and rule
			browser.waitForText(By.id("job-status"), "Prêt à importer");
			assertThat(browser.find(By.id("valid-lines")).getText()).isEqualTo("2");
			assertThat(browser.find(By.id("error-lines")).getText()).isEqualTo("1");
			WebElement error = browser.find(By.cssSelector("#errors tbody tr"));
			assertThat(error.getText()).contains("4", "Date de mise en service", "31/02/2024");
			assertThat(browser.find(By.id("confirm")).getText()).contains("2");
			browser.screenshot("52-import-preview");
			assertThat(assetsNumbered("VOL-" + u)).as("nothing written before the confirmation").isZero();

			// confirm the valid lines and follow the writing
			browser.click(By.id("confirm"));
			browser.waitForText(By.id("job-status"), "Terminé");
			browser.waitForText(By.id("summary"), "2 équipement(s) créé(s), 1 ligne(s) ignorée(s)");
			browser.screenshot("52-import-done");
			assertThat(assetsNumbered("VOL-" + u)).isEqualTo(2);

			// their maintenance is due at once: the nearest within the lead time already
			// has its work order
			browser.click(By.id("due-maintenance"));
			browser.waitForText(By.id("due-occurrences"), soon);
			browser.waitForText(By.id("due-occurrences"), later);
			WebElement first = row(browser, soon);
			assertThat(first.getText()).contains(plan, today.plusDays(5).format(DAY_FIRST), "OT-");
			assertThat(row(browser, later).getText()).contains(plan, today.plusDays(40).format(DAY_FIRST), "Planifiée");
			((JavascriptExecutor) browser.driver())
				.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", first);
			browser.screenshot("53-plans-due");
		}
		assertThat(assetsNumbered(bad)).isZero();
	}

	private static String model(String u) {
		return "Volumat MC " + u;
	}

	private static String line(String number, String manufacturer, String model, String finess, String since) {
		return String.join(";", number, "Pompe volumétrique", "POMPE-PERF", manufacturer, model, "SN" + number, finess,
				"Biomédical GHT", "En service", since);
	}

	private static WebElement row(Browser browser, String number) {
		return browser.find(By.xpath("//table[@id='due-occurrences']//tr[td/a[normalize-space()='" + number + "']]"));
	}

	private long assetsNumbered(String prefix) {
		return this.jdbc.sql("select count(*) from inv_asset where inventory_number like :p")
			.param("p", prefix + "%")
			.query(Long.class)
			.single();
	}

}
