package org.socle.inventory.maintenance.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The maintenance register as files to print or hand to an inspector: a PDF made from a
 * Thymeleaf XHTML template by OpenHTMLtoPDF (embedded font, accents included), and an
 * Excel workbook.
 */
@Component
class RegisterDocuments {

	static final String TEMPLATE = "inventory/register/document";

	private static final String FONT = "Liberation Sans";

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> COLUMNS = List.of("asset", "serial", "assetStatus", "number", "date", "nature",
			"title.short", "who", "employer", "stoppedAt", "restartedAt", "result", "closingNote");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Clock clock;

	RegisterDocuments(ITemplateEngine templates, MessageSource messages, Clock clock) {
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	void pdf(List<RegisterLine> lines, String scope, Locale locale, OutputStream out) throws IOException {
		Context context = new Context(locale);
		context.setVariable("lines", lines);
		context.setVariable("scope", scope);
		context.setVariable("zone", this.clock.getZone());
		context.setVariable("printedAt", moment(this.clock.instant()));
		String xhtml = this.templates.process(TEMPLATE, context);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
	}

	void workbook(List<RegisterLine> lines, String scope, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Socle", "1.0");
		Worksheet sheet = workbook.newWorksheet(label("sheet", locale));
		sheet.value(0, 0, label("title", locale));
		sheet.style(0, 0).bold().fontSize(14).set();
		sheet.value(1, 0, scope);
		for (int c = 0; c < COLUMNS.size(); c++) {
			sheet.value(3, c, label(COLUMNS.get(c), locale));
			sheet.style(3, c).bold().set();
		}
		int row = 4;
		for (RegisterLine line : lines) {
			List<Object> values = List.of(line.inventoryNumber() + " — " + text(line.assetLabel()),
					text(line.serialNumber()), status(line.assetStatus(), locale), line.number(),
					(line.date() != null) ? line.date().toString() : "", nature(line.nature(), locale),
					text(line.title()), text(line.who()), text(line.employer()), moment(line.stoppedAt()),
					moment(line.restartedAt()), result(line.result(), locale), text(line.closingNote()));
			for (int c = 0; c < values.size(); c++) {
				sheet.value(row, c, String.valueOf(values.get(c)));
			}
			row++;
		}
		workbook.finish();
	}

	String label(String key, Locale locale) {
		return this.messages.getMessage("inventory.register." + key, null, key, locale);
	}

	private String nature(String type, Locale locale) {
		return this.messages.getMessage("inventory.workOrders.type." + type, null, type, locale);
	}

	private String status(String status, Locale locale) {
		return this.messages.getMessage("inventory.workOrders.assetStatus." + status, null, status, locale);
	}

	private String result(String result, Locale locale) {
		return this.messages.getMessage("inventory.workOrders.result." + result, null, result, locale);
	}

	private String moment(Instant instant) {
		return (instant != null) ? MOMENT.format(instant.atZone(this.clock.getZone())) : "";
	}

	private static String text(String text) {
		return (text != null) ? text : "";
	}

	private static InputStream font(String file) {
		return RegisterDocuments.class.getResourceAsStream("/fonts/" + file);
	}

}
