package org.socle.inventory.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.shared.csvimport.ImportJob;
import org.socle.shared.csvimport.ImportJobs;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inventory imports: anyone who keeps assets somewhere (an agent or lead of a team, an
 * administrator) uploads a file; its job is visible to that account only; each line is
 * checked against the user's scope when previewed and again when confirmed.
 */
@Service
class AssetImports {

	private final AssetImport importer;

	private final ImportJobs jobs;

	private final CurrentAccess access;

	AssetImports(AssetImport importer, ImportJobs jobs, CurrentAccess access) {
		this.importer = importer;
		this.jobs = jobs;
		this.access = access;
	}

	AssetImport importer() {
		return this.importer;
	}

	boolean canImport() {
		AccessScope scope = this.access.scope();
		return scope.hasRoleAnywhere(Role.ADMINISTRATOR) || scope.hasRoleAnywhere(Role.AGENT)
				|| scope.hasRoleAnywhere(Role.TEAM_LEAD);
	}

	/** Reads the file and waits for its mapping. */
	ImportJob upload(MultipartFile file) {
		String owner = requireImporter();
		return this.jobs.upload(this.importer, owner, fileName(file), bytes(file));
	}

	/**
	 * Reads the file, maps the columns (header as written in the file by field; the other
	 * fields guessed from the headers) and validates it; a mapping refused leaves no job.
	 */
	ImportJob start(MultipartFile file, Map<String, String> headersByField) {
		ImportJob job = upload(file);
		try {
			return this.jobs.map(job.getId(), owner(), Mappings.byHeaders(job.getFileHeaders(), this.importer.columns(),
					ImportJobs.guessMapping(job), headersByField));
		}
		catch (RuntimeException ex) {
			this.jobs.discard(job.getId(), owner());
			throw ex;
		}
	}

	ImportJob map(String jobId, Map<String, Integer> mapping) {
		return this.jobs.map(get(jobId).getId(), owner(), mapping);
	}

	/**
	 * @throws RecordNotFoundException when unknown, expired, another account's or not an
	 * asset import
	 */
	ImportJob get(String jobId) {
		ImportJob job = this.jobs.get(jobId, owner());
		if (!AssetImport.KIND.equals(job.getKind())) {
			throw new RecordNotFoundException("ImportJob", jobId);
		}
		return job;
	}

	ImportJob confirm(String jobId) {
		return this.jobs.confirm(get(jobId).getId(), owner());
	}

	void discard(String jobId) {
		this.jobs.discard(get(jobId).getId(), owner());
	}

	private String requireImporter() {
		if (!canImport()) {
			throw new AccessDeniedException("Only those who keep assets import them");
		}
		return owner();
	}

	private String owner() {
		AccessScope scope = this.access.scope();
		if (scope.accountId() == null) {
			throw new AccessDeniedException("Imports belong to a signed-in account");
		}
		// Its own owner key: the open-job limit counts asset imports apart from others.
		return "account:" + scope.accountId() + "/" + AssetImport.KIND;
	}

	private static String fileName(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw FieldRuleException.invalid("file", "ImportNoFile");
		}
		return file.getOriginalFilename();
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
