package org.socle.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.socle.shared.csvimport.ImportColumn;
import org.socle.shared.csvimport.ImportJob;
import org.socle.shared.csvimport.ImportJobView;
import org.socle.shared.csvimport.ImportRefusedException;
import org.socle.shared.csvimport.Importer;
import org.socle.shared.web.CsvExport;
import org.socle.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of directory imports: choose a kind and upload a file; follow the validation,
 * read the preview, confirm or cancel; follow the import and read its summary.
 */
@Controller
@RequestMapping("/directory/imports")
class ImportPages {

	private static final String VIEWS = "directory/imports/";

	private final DirectoryImports imports;

	private final MessageSource messages;

	ImportPages(DirectoryImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String upload(Model model) {
		return showUpload(model, new ImportUploadForm());
	}

	@PostMapping
	String start(@ModelAttribute("form") ImportUploadForm form, BindingResult binding, Model model) {
		ImportJob job;
		try {
			job = FormErrors.attempt(binding, () -> this.imports.start(form.getKind(), form.getFile()));
		}
		catch (ImportRefusedException ex) {
			binding.reject(ex.getMessageKey());
			job = null;
		}
		if (job == null) {
			return showUpload(model, form);
		}
		return "redirect:/directory/imports/" + job.getId();
	}

	@GetMapping("/{jobId}")
	String job(@PathVariable String jobId, HtmxRequest htmx, Locale locale, Model model) {
		model.addAttribute("job", ImportJobView.of(this.imports.get(jobId), this.messages, locale));
		return htmx.isHtmxRequest() ? VIEWS + "job :: job" : VIEWS + "job";
	}

	@PostMapping("/{jobId}/confirm")
	String confirm(@PathVariable String jobId, RedirectAttributes redirect) {
		try {
			this.imports.confirm(jobId);
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("actionError", ex.getMessageKey());
		}
		return "redirect:/directory/imports/" + jobId;
	}

	@PostMapping("/{jobId}/cancel")
	String cancel(@PathVariable String jobId, RedirectAttributes redirect) {
		this.imports.discard(jobId);
		redirect.addFlashAttribute("discarded", true);
		return "redirect:/directory/imports";
	}

	@GetMapping("/templates/{kind}.csv")
	void template(@PathVariable String kind, HttpServletResponse response) {
		Importer importer = this.imports.importer(kind);
		List<String> headers = importer.columns().stream().map(ImportColumn::templateHeader).toList();
		CsvExport.write(response, kind + ".csv", headers, importer.templateLines(), line -> line);
	}

	private String showUpload(Model model, ImportUploadForm form) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", kinds());
		model.addAttribute("canImport", this.imports.canImport());
		return VIEWS + "upload";
	}

	private List<Kind> kinds() {
		List<Kind> kinds = new ArrayList<>();
		for (Importer importer : this.imports.importers()) {
			kinds.add(new Kind(importer.kind(),
					importer.columns()
						.stream()
						.map(c -> new Column(c.key(), c.templateHeader(),
								String.join(", ", c.aliases().subList(1, c.aliases().size())), c.required()))
						.toList()));
		}
		return kinds;
	}

	/** A kind of import and the columns its files have. */
	record Kind(String name, List<Column> columns) {
	}

	/** A column as the upload page documents it. */
	record Column(String key, String header, String aliases, boolean required) {
	}

}
