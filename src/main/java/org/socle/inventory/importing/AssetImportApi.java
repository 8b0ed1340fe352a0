package org.socle.inventory.importing;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.socle.shared.csvimport.ImportJob;
import org.socle.shared.csvimport.ImportJobView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of inventory imports: upload a CSV or XLSX file with its mapping (form fields
 * {@code mapping.<field>=<header as written in the file>}; fields left out are guessed
 * from the headers), poll the preview until it is ready, then confirm or discard it.
 * Nothing is written before the confirmation.
 */
@RestController
@RequestMapping("/api/v1/asset-imports")
class AssetImportApi {

	static final String MAPPING_PREFIX = "mapping.";

	private final AssetImports imports;

	private final MessageSource messages;

	AssetImportApi(AssetImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJobView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam Map<String, String> params, Locale locale) {
		Map<String, String> byHeader = new HashMap<>();
		params.forEach((name, header) -> {
			if (name.startsWith(MAPPING_PREFIX) && !header.isBlank()) {
				byHeader.put(name.substring(MAPPING_PREFIX.length()), header);
			}
		});
		ImportJob job = this.imports.start(file, byHeader);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/asset-imports/" + job.getId()))
			.body(view(job, locale));
	}

	@GetMapping("/{jobId}")
	ImportJobView get(@PathVariable String jobId, Locale locale) {
		return view(this.imports.get(jobId), locale);
	}

	@PostMapping("/{jobId}/confirm")
	ResponseEntity<ImportJobView> confirm(@PathVariable String jobId, Locale locale) {
		return ResponseEntity.accepted().body(view(this.imports.confirm(jobId), locale));
	}

	@DeleteMapping("/{jobId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void discard(@PathVariable String jobId) {
		this.imports.discard(jobId);
	}

	private ImportJobView view(ImportJob job, Locale locale) {
		return ImportJobView.of(job, this.messages, locale);
	}

}
