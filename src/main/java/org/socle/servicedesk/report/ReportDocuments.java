package org.socle.servicedesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A service report as a file a manager sends as is: an Excel workbook, or a PDF document
 * made from a Thymeleaf XHTML template by OpenHTMLtoPDF with an embedded font (accents
 * included).
 */
@Component
class ReportDocuments {

	static final String TEMPLATE = "servicedesk/reports/document";

	private static final String FONT = "Liberation Sans";

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ReportDocuments(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	void workbook(ServiceReport report, Locale locale, OutputStream out) throws IOException {
		new ReportWorkbook(report, labels(report, locale)).write(out);
	}

	void pdf(ServiceReport report, Locale locale, OutputStream out) throws IOException {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("labels", labels(report, locale));
		String xhtml = this.templates.process(TEMPLATE, context);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
	}

	private ReportLabels labels(ServiceReport report, Locale locale) {
		return new ReportLabels(this.messages, locale, java.time.ZoneId.of(report.zone()));
	}

	private static InputStream font(String file) {
		return ReportDocuments.class.getResourceAsStream("/fonts/" + file);
	}

}
