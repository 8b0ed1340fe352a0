package org.socle.inventory.maintenance.register;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.socle.directory.DirectoryApi;
import org.socle.inventory.InventoryApi;
import org.socle.inventory.workorder.ReaderChoices;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The maintenance register's page (per asset or per establishment, over a period) and its
 * PDF and Excel files.
 */
@Controller
@RequestMapping("/inventory/register")
class RegisterPages {

	private final MaintenanceRegister register;

	private final RegisterDocuments documents;

	private final DirectoryApi directory;

	private final InventoryApi inventory;

	private final ReaderChoices choices;

	RegisterPages(MaintenanceRegister register, RegisterDocuments documents, DirectoryApi directory,
			InventoryApi inventory, ReaderChoices choices) {
		this.choices = choices;
		this.register = register;
		this.documents = documents;
		this.directory = directory;
		this.inventory = inventory;
	}

	@GetMapping
	String page(@RequestParam(required = false) Long assetId, @RequestParam(required = false) Long establishmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		RegisterRequest request = new RegisterRequest(assetId, establishmentId, from, to);
		model.addAttribute("request", request);
		model.addAttribute("lines", this.register.lines(request));
		model.addAttribute("establishments", this.choices.establishments());
		model.addAttribute("max", MaintenanceRegister.MAX_LINES);
		return "inventory/register/page";
	}

	@GetMapping("/export.pdf")
	void pdf(@RequestParam(required = false) Long assetId, @RequestParam(required = false) Long establishmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		RegisterRequest request = new RegisterRequest(assetId, establishmentId, from, to);
		List<RegisterLine> lines = this.register.lines(request);
		start(response, "application/pdf", "pdf");
		Locale locale = LocaleContextHolder.getLocale();
		this.documents.pdf(lines, scope(request, locale), locale, response.getOutputStream());
	}

	@GetMapping("/export.xlsx")
	void workbook(@RequestParam(required = false) Long assetId, @RequestParam(required = false) Long establishmentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		RegisterRequest request = new RegisterRequest(assetId, establishmentId, from, to);
		List<RegisterLine> lines = this.register.lines(request);
		start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
		Locale locale = LocaleContextHolder.getLocale();
		this.documents.workbook(lines, scope(request, locale), locale, response.getOutputStream());
	}

	/** What the document covers, in words: the asset, the establishment, the period. */
	private String scope(RegisterRequest request, Locale locale) {
		StringBuilder scope = new StringBuilder();
		if (request.assetId() != null) {
			this.inventory.asset(request.assetId()).ifPresent(a -> scope.append(a.inventoryNumber()).append(' '));
		}
		if (request.establishmentId() != null) {
			this.directory.establishmentName(request.establishmentId()).ifPresent(n -> scope.append(n).append(' '));
		}
		if (scope.isEmpty()) {
			scope.append(this.documents.label("allAssets", locale)).append(' ');
		}
		if (request.from() != null || request.to() != null) {
			scope.append("(")
				.append((request.from() != null) ? request.from() : "…")
				.append(" – ")
				.append((request.to() != null) ? request.to() : "…")
				.append(")");
		}
		return scope.toString().strip();
	}

	private static void start(HttpServletResponse response, String type, String extension) {
		response.setContentType(type);
		response.setHeader("Content-Disposition",
				"attachment; filename=\"registre-maintenance-" + LocalDate.now() + "." + extension + "\"");
	}

}
