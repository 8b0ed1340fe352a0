package org.socle.servicedesk.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.socle.servicedesk.report.ReportWorld.Ticket;
import org.socle.testing.Fixtures;
import org.socle.testing.SettableClock;
import org.socle.testing.SocleIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report as a manager sends it: an Excel workbook that opens with its figures and
 * breaches, a PDF document whose text holds the team and the figures (accents included),
 * and the page with its charts and links. Two tickets of February 2026: T1 answered in
 * time, T2 (P2) answered an hour late.
 */
@SocleIntegrationTest
@Import(SettableClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	ReportWorld w;

	Ticket late;

	String query;

	@BeforeAll
	void scenario() throws Exception {
		this.w = new ReportWorld(this.mvc, this.fixtures, this.json, this.jdbc, this.clock);
		this.clock.set("2026-01-29T09:00");
		this.w.agreement();
		Ticket onTime = this.w.open("2026-02-02T09:05", "INCIDENT", 2, 2, this.w.team);
		this.w.assign(onTime, "2026-02-02T09:20");
		this.late = this.w.open("2026-02-03T09:00", "SERVICE_REQUEST", 1, 2, this.w.team);
		this.w.assign(this.late, "2026-02-03T10:30");
		this.query = "teamId=" + this.w.team.getId() + "&month=2026-02";
	}

	private byte[] export(String extension, String contentType) throws Exception {
		MvcResult result = this.w.as(this.w.lead, get("/servicedesk/reports/export." + extension + "?" + this.query))
			.andExpect(status().isOk())
			.andExpect(content().contentType(contentType))
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("rapport-service-2026-02-01-2026-02-28." + extension);
		return result.getResponse().getContentAsByteArray();
	}

	@Test
	void theExcelExportOpensWithTheTitlePeriodScopeFiguresAndBreaches() throws Exception {
		byte[] bytes = export("xlsx", ReportExports.XLSX);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("Rapport", "Dépassements");
			List<List<String>> summary = rows(sheets.get(0));
			assertThat(summary.get(0).get(0)).isEqualTo("Rapport de service");
			assertThat(summary.get(1).get(0)).isEqualTo("Du 01/02/2026 au 28/02/2026 inclus (heure de Europe/Paris)");
			assertThat(summary.get(2).get(0)).contains(this.w.team.getName());
			assertThat(value(summary, "Créés")).isEqualTo("2");
			assertThat(value(summary, "Ouverts à la fin")).isEqualTo("2");
			assertThat(value(summary, "Prise en charge · Respectés")).isEqualTo("1");
			assertThat(value(summary, "Prise en charge · Mesurés")).isEqualTo("2");
			assertThat(value(summary, "Prise en charge · Taux de respect")).isEqualTo("50,0 %");
			assertThat(value(summary, "Dépassements")).isEqualTo("1");
			List<List<String>> breaches = rows(sheets.get(1));
			assertThat(breaches).hasSize(2);
			assertThat(breaches.get(1).subList(0, 6)).containsExactly(this.late.number(), "Prise en charge", "2",
					breaches.get(1).get(3), "30", "60");
			assertThat(breaches.get(1).get(3)).startsWith("SLA SLA Rapport ");
		}
	}

	@Test
	void thePdfExportIsAPdfWhoseTextHoldsTheTeamAndTheFigures() throws Exception {
		byte[] bytes = export("pdf", "application/pdf");
		assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Rapport de service")
				.contains(this.w.team.getName())
				.contains("Du 01/02/2026 au 28/02/2026")
				.contains("Dépassements et leurs causes")
				.contains(this.late.number())
				.contains("50,0 %");
		}
	}

	@Test
	void thePageShowsTheFiguresEachLinkedToItsTicketsAndTheCharts() throws Exception {
		String page = this.w.as(this.w.lead, get("/servicedesk/reports?" + this.query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"count-CREATED\"")
			.contains("drill=CREATED")
			.contains("id=\"report-compliance-chart\"")
			.contains("data-a=\"1,0\"")
			.containsPattern("/webjars/chart.js/[0-9.]+/dist/chart.umd.min.js")
			.contains(this.late.number());
		String tickets = this.w
			.as(this.w.lead, get("/servicedesk/reports/tickets?drill=RESPONSE_BREACHED&" + this.query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tickets).contains(this.late.number()).contains("Prise en charge hors délai");
		this.w.as(this.w.lead, get("/servicedesk/reports/monthly?year=2026&teamId=" + this.w.team.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("monthly-table")));
		this.mvc.perform(get("/js/report-charts.js")).andExpect(status().isOk());
	}

	private static List<List<String>> rows(Sheet sheet) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (Stream<Row> stream = sheet.openStream()) {
			stream.forEach(row -> {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				rows.add(cells);
			});
		}
		return rows;
	}

	private static String value(List<List<String>> rows, String label) {
		return rows.stream()
			.filter(r -> !r.isEmpty() && label.equals(r.get(0)))
			.findFirst()
			.map(r -> r.get(1))
			.orElseThrow(() -> new AssertionError("no row " + label));
	}

}
