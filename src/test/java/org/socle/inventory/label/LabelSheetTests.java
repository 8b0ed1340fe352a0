package org.socle.inventory.label;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.directory.account.UserAccount;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamKind;
import org.socle.testing.Fixtures;
import org.socle.testing.InventoryFixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Label sheets: which assets they hold, how they are laid out, what their codes open. */
@SocleIntegrationTest
class LabelSheetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	InventoryFixtures inventory;

	@Autowired
	AssetLinks links;

	@Autowired
	JdbcClient jdbc;

	Establishment a;

	Establishment b;

	Team teamA;

	Team teamB;

	long category;

	UserAccount agentA;

	@BeforeEach
	void world() {
		this.a = this.fixtures.establishment();
		this.b = this.fixtures.establishment();
		this.teamA = this.fixtures.team(this.a, TeamKind.BIOMEDICAL);
		this.teamB = this.fixtures.team(this.b, TeamKind.BIOMEDICAL);
		this.category = this.inventory.category("MEDICAL_DEVICE");
		this.agentA = this.fixtures.teamAccount(Role.AGENT, this.teamA);
	}

	@Test
	void aSelectionOf26AssetsPrintsTwoA4SheetsWithEveryNumberAndACodeOpeningItsMobilePage() throws Exception {
		long model = this.inventory.model(this.category, "Volumat Agilia", null);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			numbers.add(number(this.inventory.asset(this.a, this.teamA, this.category, model, "SN" + i)));
		}

		byte[] pdf = this.mvc
			.perform(
					this.fixtures.as(this.agentA, get("/inventory/labels.pdf").param("categoryId", "" + this.category)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/labels-sheet.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png",
					Path.of("target/screenshots/labels-sheet.png").toFile());
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(numbers).allSatisfy(n -> assertThat(text).contains(n));
			assertThat(text).contains("Agilia", this.a.getName());
			List<BufferedImage> codes = new ArrayList<>(images(document.getPage(0)));
			assertThat(codes).hasSize(LabelSheets.PER_PAGE);
			codes.addAll(images(document.getPage(1)));
			assertThat(codes.stream().map(QrDecoder::decode))
				.containsExactlyInAnyOrderElementsOf(numbers.stream().map(this.links::mobileUrl).toList());
		}
	}

	@Test
	void aSelectionHoldsOnlyTheAssetsTheAccountReads() throws Exception {
		String mine = number(this.inventory.asset(this.a, this.teamA, this.category, null, "S1"));
		String theirs = number(this.inventory.asset(this.b, this.teamB, this.category, null, "S2"));

		String text = text(this.mvc
			.perform(
					this.fixtures.as(this.agentA, get("/inventory/labels.pdf").param("categoryId", "" + this.category)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());

		assertThat(text).contains(mine).doesNotContain(theirs);
	}

	@Test
	void anEmptySelectionGoesBackToTheFormWithItsFilters() throws Exception {
		this.mvc
			.perform(
					this.fixtures.as(this.agentA, get("/inventory/labels.pdf").param("categoryId", "" + this.category)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inventory/labels?categoryId=" + this.category));
	}

	@Test
	void oneAssetsLabelIsOneLabelAndIsNotFoundOutOfTheReadersSight() throws Exception {
		long id = this.inventory.asset(this.a, this.teamA, this.category, null, "S3");
		UserAccount staffA = this.fixtures.establishmentAccount(Role.STAFF, this.a);
		UserAccount agentB = this.fixtures.teamAccount(Role.AGENT, this.teamB);

		byte[] pdf = this.mvc.perform(this.fixtures.as(this.agentA, get("/inventory/assets/{id}/label.pdf", id)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(images(document.getPage(0))).hasSize(1);
		}
		this.mvc.perform(this.fixtures.as(staffA, get("/inventory/assets/{id}/label.pdf", id)))
			.andExpect(status().isNotFound());
		this.mvc.perform(this.fixtures.as(agentB, get("/inventory/assets/{id}/label.pdf", id)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFormCountsTheSelectionAndOffersOnlyTheReadersEstablishments() throws Exception {
		this.inventory.asset(this.a, this.teamA, this.category, null, "S4");
		this.inventory.asset(this.a, this.teamA, this.category, null, "S5");

		this.mvc
			.perform(this.fixtures.as(this.agentA, get("/inventory/labels").param("categoryId", "" + this.category)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2 équipements sélectionnés")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(this.a.getName())))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(this.b.getName()))));
	}

	private String number(long assetId) {
		return this.jdbc.sql("select inventory_number from inv_asset where id = ?")
			.params(assetId)
			.query(String.class)
			.single();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static List<BufferedImage> images(PDPage page) throws Exception {
		List<BufferedImage> images = new ArrayList<>();
		PDResources resources = page.getResources();
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDImageXObject image) {
				images.add(image.getImage());
			}
		}
		return images;
	}

}
