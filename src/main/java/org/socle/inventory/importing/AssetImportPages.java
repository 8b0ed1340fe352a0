package org.socle.inventory.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.socle.shared.csvimport.ImportJob;
import org.socle.shared.csvimport.ImportJobView;
import org.socle.shared.csvimport.ImportPhase;
import org.socle.shared.csvimport.ImportRefusedException;
import org.socle.shared.web.FieldRuleException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of inventory imports: upload a file; map its columns to asset fields (guessed
 * from the headers); follow the dry run and read its errors page by page; confirm or
 * cancel; follow the writing and read its summary.
 */
@Controller
@RequestMapping("/inventory/imports")
class AssetImportPages {

	static final int ERRORS_PER_PAGE = 50;

	private static final String VIEWS = "inventory/imports/";

	private final AssetImports imports;

	private final MessageSource messages;

	AssetImportPages(AssetImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("canImport", this.imports.canImport());
		model.addAttribute("fields", this.imports.importer().columns());
		return VIEWS + "upload";
	}

	@PostMapping
	String start(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
		try {
			return "redirect:/inventory/imports/" + this.imports.upload(file).getId();
		}
		catch (FieldRuleException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.messageKey(), ex.getArguments(), locale));
		}
		catch (ImportRefusedException ex) {
			model.addAttribute("fileError", this.messages.getMessage(ex.getMessageKey(), null, locale));
		}
		return upload(model);
	}

	@GetMapping("/{jobId}")
	String job(@PathVariable String jobId, @RequestParam(defaultValue = "0") int errorsPage, HtmxRequest htmx,
			Locale locale, Model model) {
		ImportJob job = this.imports.get(jobId);
		if (job.getPhase() == ImportPhase.MAPPING && !htmx.isHtmxRequest()) {
			return mapping(job, AssetMapping.guessed(job), null, model);
		}
		ImportJobView view = ImportJobView.of(job, this.messages, locale);
		model.addAttribute("job", view);
		model.addAttribute("errors", ErrorsPage.of(view.errors(), errorsPage, ERRORS_PER_PAGE));
		return htmx.isHtmxRequest() ? VIEWS + "job :: job" : VIEWS + "job";
	}

	@PostMapping("/{jobId}/mapping")
	String map(@PathVariable String jobId, @RequestParam Map<String, String> params, Model model, Locale locale) {
		ImportJob job = this.imports.get(jobId);
		Map<String, Integer> chosen = Map.of();
		try {
			chosen = Mappings.fromForm(params);
			this.imports.map(jobId, chosen);
			return "redirect:/inventory/imports/" + jobId;
		}
		catch (FieldRuleException ex) {
			return mapping(job, chosen, this.messages.getMessage(ex.messageKey(), ex.getArguments(), locale), model);
		}
	}

	@PostMapping("/{jobId}/confirm")
	String confirm(@PathVariable String jobId, RedirectAttributes redirect) {
		try {
			this.imports.confirm(jobId);
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessageKey());
		}
		return "redirect:/inventory/imports/" + jobId;
	}

	@PostMapping("/{jobId}/cancel")
	String cancel(@PathVariable String jobId, RedirectAttributes redirect) {
		this.imports.discard(jobId);
		redirect.addFlashAttribute("discarded", true);
		return "redirect:/inventory/imports";
	}

	private String mapping(ImportJob job, Map<String, Integer> chosen, String error, Model model) {
		model.addAttribute("job", job);
		model.addAttribute("mapping", AssetMapping.of(job, chosen));
		model.addAttribute("mappingError", error);
		return VIEWS + "mapping";
	}

	/** One page of the preview's errors. */
	record ErrorsPage(List<ImportJobView.ErrorView> rows, int page, int pages) {

		static ErrorsPage of(List<ImportJobView.ErrorView> all, int page, int size) {
			int pages = Math.max(1, (all.size() + size - 1) / size);
			int current = Math.min(Math.max(0, page), pages - 1);
			return new ErrorsPage(all.subList(current * size, Math.min(all.size(), (current + 1) * size)), current,
					pages);
		}

	}

}
