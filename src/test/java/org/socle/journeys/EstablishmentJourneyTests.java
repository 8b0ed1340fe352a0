package org.socle.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socle.testing.Browser;
import org.socle.testing.BrowserJourney;
import org.socle.testing.Fixtures;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class EstablishmentJourneyTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.open(this.port, 1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	@Test
	void administratorCreatesAnEstablishmentAfterCorrectingAWrongFiness() {
		this.browser.signIn("admin", "socle-demo").screenshot("01-home-signed-in");
		this.browser.go("/directory/establishments").click(By.id("new-establishment"));
		String name = "Centre hospitalier " + Fixtures.unique();
		this.browser.type(By.id("name"), name)
			.type(By.id("legalFiness"), "330781197")
			.type(By.id("geographicFiness"), Fixtures.finess());
		new Select(this.browser.find(By.id("kind"))).selectByValue("HEALTH");
		this.browser.click(By.id("save"));

		String error = this.browser.find(By.id("legalFiness-error")).getText();
		assertThat(error).contains("FINESS");
		assertThat(this.browser.find(By.id("legalFiness")).getDomAttribute("class")).contains("is-invalid");
		assertThat(this.browser.find(By.id("name")).getDomProperty("value")).isEqualTo(name);
		this.browser.screenshot("02-establishment-wrong-finess");

		this.browser.type(By.id("legalFiness"), Fixtures.finess()).click(By.id("save"));
		this.browser.waitForText(By.tagName("h1"), name).screenshot("03-establishment-created");
		assertThat(this.browser.currentUrl()).matches(".*/directory/establishments/\\d+$");

		this.browser.click(By.linkText("Historique")).waitForText(By.tagName("table"), "Création");
		this.browser.screenshot("04-establishment-history");
	}

	@Test
	void aUserSwitchesTheInterfaceToEnglish() {
		this.browser.signIn("admin", "socle-demo");
		this.browser.go("/directory/establishments").waitForText(By.tagName("h1"), "Établissements");
		this.browser.click(By.id("switch-language")).waitForText(By.tagName("h1"), "Establishments");
		this.browser.screenshot("05-establishments-in-english");
		this.browser.go("/").waitForText(By.tagName("h1"), "Hello");
		this.browser.click(By.id("switch-language")).waitForText(By.tagName("h1"), "Bonjour");
	}

}
