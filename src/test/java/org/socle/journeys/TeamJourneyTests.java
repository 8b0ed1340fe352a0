package org.socle.journeys;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.socle.directory.people.Person;
import org.socle.testing.Browser;
import org.socle.testing.BrowserJourney;
import org.socle.testing.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserJourney
class TeamJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

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
	void administratorCreatesATeamAndAddsAMember() {
		Person technician = this.fixtures.person(this.fixtures.establishment());
		this.browser.signIn("admin", "socle-demo");
		this.browser.go("/directory/teams").click(By.id("new-team"));
		String name = "Biomédical Nord " + Fixtures.unique();
		new Select(this.browser.find(By.id("establishmentId")))
			.selectByVisibleText(technician.getEstablishment().getName());
		this.browser.type(By.id("name"), name);
		new Select(this.browser.find(By.id("kind"))).selectByValue("BIOMEDICAL");
		this.browser.screenshot("10-team-form").click(By.id("save"));
		this.browser.waitForText(By.tagName("h1"), name).screenshot("11-team-created");

		this.browser.go(this.browser.currentUrl().replaceAll(".*(/directory/teams/\\d+).*", "$1") + "/members");
		this.browser.type(By.id("person-search"), technician.getLastName());
		this.browser.click(By.id("candidate-" + technician.getId()));
		new Select(this.browser.find(By.id("role"))).selectByValue("LEAD");
		this.browser.screenshot("12-team-member-chosen").click(By.id("add-member-submit"));

		this.browser.waitForText(By.cssSelector("#members table"), technician.getLastName())
			.screenshot("13-team-member-added");
		assertThat(this.browser.find(By.cssSelector("#members table")).getText()).contains(technician.getFirstName());
	}

}
