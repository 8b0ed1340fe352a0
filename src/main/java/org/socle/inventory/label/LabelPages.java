package org.socle.inventory.label;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.socle.directory.DirectoryApi;
import org.socle.inventory.asset.AssetAccess;
import org.socle.inventory.asset.AssetReaders;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Printing labels: a selection of the assets the account reads (the asset list's filters)
 * or one asset, as an A4 PDF sheet; and the label's card on the asset page.
 */
@Controller
class LabelPages {

	/**
	 * At most this many labels in one PDF (50 sheets): a larger selection is narrowed
	 * first.
	 */
	static final int MAX_LABELS = 1200;

	static final List<String> STATUSES = List.of("ORDERED", "RECEIVED", "ACCEPTANCE", "IN_SERVICE", "ON_LOAN",
			"IN_REPAIR", "IN_STOCK", "OUT_OF_SERVICE", "RETIRED", "DISPOSED");

	private final LabelQueries queries;

	private final LabelSheets sheets;

	private final DirectoryApi directory;

	private final JdbcClient jdbc;

	private final AssetAccess access;

	LabelPages(LabelQueries queries, LabelSheets sheets, DirectoryApi directory, JdbcClient jdbc, AssetAccess access) {
		this.queries = queries;
		this.sheets = sheets;
		this.directory = directory;
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The selection form, with how many labels it would print. */
	@GetMapping("/inventory/labels")
	String form(LabelFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("count", this.queries.count(filter));
		model.addAttribute("maxLabels", MAX_LABELS);
		model.addAttribute("categories",
				this.jdbc.sql("select id, name from inv_category order by name")
					.query((rs, row) -> new Option(rs.getLong("id"), rs.getString("name")))
					.list());
		AssetReaders readers = this.access.readers();
		model.addAttribute("establishments",
				this.directory.establishments()
					.stream()
					.filter(e -> readers.all() || readers.establishmentIds().contains(e.id()))
					.toList());
		model.addAttribute("teams",
				this.directory.teams().stream().filter(t -> readers.reads(t.establishmentId(), t.id())).toList());
		model.addAttribute("statuses", STATUSES);
		return "inventory/labels/form";
	}

	@GetMapping("/inventory/labels.pdf")
	Object selection(LabelFilter filter, Locale locale) throws IOException {
		long count = this.queries.count(filter);
		if (count == 0 || count > MAX_LABELS) {
			return "redirect:" + UriComponentsBuilder.fromPath("/inventory/labels")
				.queryParamIfPresent("categoryId", Optional.ofNullable(filter.categoryId()))
				.queryParamIfPresent("establishmentId", Optional.ofNullable(filter.establishmentId()))
				.queryParamIfPresent("teamId", Optional.ofNullable(filter.teamId()))
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()).filter(s -> !s.isEmpty()))
				.build()
				.toUriString();
		}
		return pdf(this.queries.select(filter, MAX_LABELS), "labels.pdf", locale);
	}

	@GetMapping("/inventory/assets/{id}/label.pdf")
	ResponseEntity<byte[]> one(@PathVariable long id, Locale locale) throws IOException {
		Label label = this.queries.one(id).orElseThrow(() -> new RecordNotFoundException("Asset", id));
		return pdf(List.of(label), "label-" + label.inventoryNumber() + ".pdf", locale);
	}

	/** The label's card on the asset page: the QR code, the address and the PDF. */
	@GetMapping("/inventory/assets/{id}/label")
	String card(@PathVariable long id, Model model) {
		Label label = this.queries.one(id).orElseThrow(() -> new RecordNotFoundException("Asset", id));
		model.addAttribute("label", label);
		model.addAttribute("mobilePath", AssetLinks.mobilePath(label.inventoryNumber()));
		return "inventory/labels/form :: card";
	}

	private ResponseEntity<byte[]> pdf(List<Label> labels, String filename, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.sheets.pdf(labels, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(out.toByteArray());
	}

	/** A choice of a select. */
	record Option(long id, String name) {
	}

}
