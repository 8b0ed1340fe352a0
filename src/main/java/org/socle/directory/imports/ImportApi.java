package org.socle.directory.imports;

import java.net.URI;
import java.util.Locale;

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
 * REST API of directory imports: upload a file of a kind ({@code people},
 * {@code departments}), poll the job until its preview is ready, then confirm or discard
 * it.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	private final DirectoryImports imports;

	private final MessageSource messages;

	ImportApi(DirectoryImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJobView> upload(@PathVariable String kind,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) {
		ImportJob job = this.imports.start(kind, file);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.getId())).body(view(job, locale));
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
