package org.socle.inventory.label;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Sheets of labels as a PDF, from a Thymeleaf XHTML template rendered by OpenHTMLtoPDF
 * with an embedded font (accents included). The grid fits the common A4 sheets of 24
 * self-adhesive labels: 3 columns × 8 rows of 70 × 37 mm, no gutter, 0.4 mm left at the
 * top and bottom of the page.
 */
@Component
class LabelSheets {

	static final String TEMPLATE = "inventory/labels/sheet";

	static final int COLUMNS = 3;

	static final int ROWS = 8;

	static final int PER_PAGE = COLUMNS * ROWS;

	private static final String FONT = "Liberation Sans";

	private final ITemplateEngine templates;

	LabelSheets(ITemplateEngine templates) {
		this.templates = templates;
	}

	void pdf(List<Label> labels, Locale locale, OutputStream out) throws IOException {
		Context context = new Context(locale);
		context.setVariable("pages", pages(labels));
		String xhtml = this.templates.process(TEMPLATE, context);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
	}

	/** The labels page by page, row by row (the last row padded with empty cells). */
	static List<List<List<Label>>> pages(List<Label> labels) {
		List<List<List<Label>>> pages = new ArrayList<>();
		for (int first = 0; first < labels.size(); first += PER_PAGE) {
			List<List<Label>> rows = new ArrayList<>();
			List<Label> page = labels.subList(first, Math.min(first + PER_PAGE, labels.size()));
			for (int start = 0; start < page.size(); start += COLUMNS) {
				List<Label> row = new ArrayList<>(page.subList(start, Math.min(start + COLUMNS, page.size())));
				while (row.size() < COLUMNS) {
					row.add(null);
				}
				rows.add(row);
			}
			pages.add(rows);
		}
		return pages;
	}

	private static InputStream font(String file) {
		return LabelSheets.class.getResourceAsStream("/fonts/" + file);
	}

}
