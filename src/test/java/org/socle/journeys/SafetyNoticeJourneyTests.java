package org.socle.journeys;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.socle.directory.Role;
import org.socle.directory.account.RoleGrant;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentRepository;
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
 * The matériovigilance correspondent of two establishments of the demo group (CH
 * Saint-Aubin and CHU Valmont), named by the group administrator, enters a manufacturer's
 * notice, scopes it by model, serial range, lot and a pasted GS1 UDI, and sees every
 * affected pump of both establishments, retired and on-loan ones included, and none of
 * the near misses; confirms the uncertain match, quarantines one pump with its evidence
 * and reads the completion per establishment.
 */
@BrowserJourney
@Import(InventoryFixtures.class)
class SafetyNoticeJourneyTests {

	private static final String ADMIN_PASSWORD = "socle-demo";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	EstablishmentRepository establishments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCorrespondentEntersANoticeAndSeesEveryAffectedDeviceAcrossTwoEstablishments() {
		NoticeScene scene = NoticeScene.of(this.inventory, this.jdbc, this.establishments);
		UserAccount correspondent = correspondent(scene);
		nameCorrespondent(scene, correspondent);

		try (Browser clmv = Browser.open(this.port, 1400, 1000)) {
			clmv.signIn(correspondent.getLogin(), Fixtures.PASSWORD);
			long notice = enterNotice(clmv, scene, correspondent);
			scope(clmv, scene);
			clmv.waitForText(By.id("no-affected"), "Recherche pas encore lancée");
			clmv.click(By.id("match"));
			clmv.waitForText(By.id("match-result"), "6 dispositif(s) concerné(s)");
			show(clmv, "affected").screenshot("74-affected-devices");
			String affected = clmv.find(By.id("affected")).getText();
			assertThat(affected).contains(numbers(scene.affected()))
				.contains("Centre hospitalier de Saint-Aubin", "CHU de Valmont")
				.contains("Plage de n° de série", "Lot", "N° de série", "Réformé", "En prêt");
			assertThat(affected).doesNotContain(numbers(scene.nearMisses()));
			assertThat(this.jdbc.sql("select asset_id from inv_affected_asset where notice_id = ?")
				.params(notice)
				.query(Long.class)
				.list()).containsExactlyInAnyOrderElementsOf(scene.affected());

			confirmUncertainLotMatch(clmv, notice, scene);
			quarantine(clmv, notice, scene, correspondent.getLogin());
			completion(clmv, notice);
		}
	}

	/** A pharmacist of both establishments, with no working role. */
	private UserAccount correspondent(NoticeScene scene) {
		UserAccount account = this.fixtures.establishmentAccount(Role.STAFF, scene.saintAubin());
		this.fixtures.grant(RoleGrant.forEstablishment(account, Role.STAFF, scene.valmont()));
		return account;
	}

	/** The group administrator names the pharmacist CLMV of both establishments. */
	private void nameCorrespondent(NoticeScene scene, UserAccount correspondent) {
		String lastName = correspondent.getPerson().getLastName();
		Long personId = correspondent.getPerson().getId();
		try (Browser admin = Browser.open(this.port, 1280, 900)) {
			admin.signIn("admin", ADMIN_PASSWORD);
			admin.go("/inventory/notices/correspondents?q=" + lastName.replace(' ', '+'));
			for (Establishment establishment : List.of(scene.saintAubin(), scene.valmont())) {
				// the search stays on the page after each naming
				admin.waitForText(By.id("people"), String.valueOf(personId));
				String row = "correspondent-" + establishment.getId();
				admin.type(By.cssSelector("#" + row + " input[name=personId]"), String.valueOf(personId));
				admin.click(By.cssSelector("#" + row + " button[type=submit]"));
				admin.waitForText(By.id(row), lastName);
			}
			admin.screenshot("70-correspondents-named");
		}
	}

	/** The notice, from the manufacturer, for both establishments. */
	private long enterNotice(Browser clmv, NoticeScene scene, UserAccount correspondent) {
		clmv.go("/inventory/notices").click(By.id("new-notice"));
		// followed by the correspondent who enters it, unless they say otherwise
		assertThat(clmv.find(By.id("correspondentPersonId")).getAttribute("value"))
			.isEqualTo(correspondent.getPerson().getId().toString());
		new Select(clmv.find(By.id("source"))).selectByValue("MANUFACTURER_FSN");
		clmv.type(By.id("reference"), "FSN-" + scene.serial());
		clmv.type(By.id("title"), "Pompes Volumat : occlusion non détectée");
		new Select(clmv.find(By.id("manufacturerId"))).selectByVisibleText(scene.manufacturer());
		date(clmv, "receivedOn", LocalDate.now());
		clmv.type(By.id("requiredAction"), "Mettre en quarantaine et appliquer la mise à jour du fabricant.");
		date(clmv, "actionDueOn", LocalDate.now().plusDays(30));
		clmv.click(By.id("establishment-" + scene.saintAubin().getId()));
		clmv.click(By.id("establishment-" + scene.valmont().getId()));
		clmv.screenshot("71-notice-form").click(By.cssSelector("#notice-form button[type=submit]"));
		clmv.waitForText(By.id("scope"), "Périmètre");
		clmv.waitForText(By.id("notice-correspondent"), correspondent.getPerson().getLastName());
		return Long.parseLong(clmv.currentUrl().replaceAll(".*/inventory/notices/(\\d+).*", "$1"));
	}

	/**
	 * The model, a range written with a prefix and zeros (its end first mistyped, which
	 * is refused naming the field and the values, the editor filled again), a lot with a
	 * separator; then a pasted UDI adds its device identifier and serial to what was
	 * typed.
	 */
	private void scope(Browser clmv, NoticeScene scene) {
		String model = scene.manufacturer() + " — " + scene.modelName();
		new Select(clmv.find(By.id("modelId"))).selectByVisibleText(model);
		clmv.type(By.id("rangeFrom"), "S/N " + scene.serial() + "-0100");
		clmv.type(By.id("rangeTo"), scene.serial() + "-0200-B");
		clmv.type(By.id("lots"), scene.lot() + "-2403-17");
		clmv.click(By.id("add-criteria"));
		clmv.waitForText(By.id("action-error"), "Fin de plage");
		assertThat(clmv.find(By.id("action-error")).getText()).contains("« " + scene.serial() + "-0200-B »",
				"n'ont pas la même forme");
		assertThat(clmv.find(By.id("lots")).getAttribute("value")).isEqualTo(scene.lot() + "-2403-17");
		assertThat(new Select(clmv.find(By.id("modelId"))).getFirstSelectedOption().getText()).isEqualTo(model);
		assertThat(clmv.driver().findElements(By.id("criteria"))).isEmpty();
		show(clmv, "action-error").screenshot("72-range-refused");

		clmv.type(By.id("rangeTo"), scene.serial() + "-0200");
		// scanned: the scanner types the string, then Enter
		clmv.type(By.id("udi"), "(01)" + scene.gtin() + "(17)281130(21)" + scene.serial() + "-0420" + Keys.ENTER);
		clmv.waitForText(By.id("udi-read"), "2028-11-30");
		clmv.waitForText(By.id("udi-model"), model);
		assertThat(clmv.find(By.id("deviceIdentifiers")).getAttribute("value")).isEqualTo(scene.gtin());
		assertThat(clmv.find(By.id("serials")).getAttribute("value")).isEqualTo(scene.serial() + "-0420");
		assertThat(clmv.find(By.id("lots")).getAttribute("value")).isEqualTo(scene.lot() + "-2403-17");
		assertThat(clmv.find(By.id("rangeTo")).getAttribute("value")).isEqualTo(scene.serial() + "-0200");
		show(clmv, "udi").screenshot("73-udi-read").click(By.id("add-criteria"));
		clmv.waitForText(By.id("criteria"), scene.gtin());
		assertThat(clmv.find(By.id("criteria")).getText()).contains(model, scene.serial() + "-0420",
				scene.lot() + "-2403-17", "S/N " + scene.serial() + "-0100 – " + scene.serial() + "-0200");
	}

	/**
	 * The lot written without its separator matches once normalised: a person confirms.
	 */
	private void confirmUncertainLotMatch(Browser clmv, long notice, NoticeScene scene) {
		String row = "affected-" + affectedId(notice, scene.affected().get(4));
		clmv.waitForText(By.id(row), "À confirmer");
		clmv.click(By.cssSelector("#" + row + " button[name=confirmed][value=true]"));
		clmv.waitForText(By.id(row), "Confirmée");
	}

	/** The pump in service at Saint-Aubin goes to quarantine, with its evidence. */
	private void quarantine(Browser clmv, long notice, NoticeScene scene, String login) {
		String row = "affected-" + affectedId(notice, scene.affected().get(0));
		new Select(clmv.find(By.cssSelector("#" + row + " select[name=status]"))).selectByValue("QUARANTINED");
		clmv.type(By.cssSelector("#" + row + " input[name=note]"), "Étiquette rouge posée, pompe rangée au biomédical");
		clmv.click(By.cssSelector("#" + row + " button[type=submit]"));
		clmv.waitForText(By.id(row), login);
		show(clmv, row).screenshot("75-quarantined");
		assertThat(this.jdbc.sql("select action_status from inv_affected_asset where id = ?")
			.params(affectedId(notice, scene.affected().get(0)))
			.query(String.class)
			.single()).isEqualTo("QUARANTINED");
	}

	/** The completion view: one row per establishment, the quarantine counted. */
	private void completion(Browser clmv, long notice) {
		clmv.go("/inventory/notices/" + notice);
		String completion = clmv.find(By.id("completion")).getText();
		assertThat(completion).contains("Centre hospitalier de Saint-Aubin", "CHU de Valmont");
		show(clmv, "completion").screenshot("76-completion");
		assertThat(this.jdbc
			.sql("""
					select count(distinct a.establishment_id) from inv_affected_asset f join inv_asset a on a.id = f.asset_id
					 where f.notice_id = ?""")
			.params(notice)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/** The assets' inventory numbers. */
	private String[] numbers(List<Long> assets) {
		return assets.stream()
			.map(id -> this.jdbc.sql("select inventory_number from inv_asset where id = ?")
				.params(id)
				.query(String.class)
				.single())
			.toArray(String[]::new);
	}

	private long affectedId(long notice, long asset) {
		return this.jdbc.sql("select id from inv_affected_asset where notice_id = ? and asset_id = ?")
			.params(notice, asset)
			.query(Long.class)
			.single();
	}

	/** Scrolls the element to the top of the window, for a screenshot. */
	private static Browser show(Browser browser, String id) {
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", id);
		return browser;
	}

	private static void date(Browser browser, String id, LocalDate date) {
		((JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
	}

}
