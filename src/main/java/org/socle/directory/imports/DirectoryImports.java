package org.socle.directory.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.shared.csvimport.ImportJob;
import org.socle.shared.csvimport.ImportJobs;
import org.socle.shared.csvimport.Importer;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of the directory: an administrator (of at least one establishment) uploads a
 * file; its jobs are visible to their account only; each line is checked against the
 * user's scope when previewed and again when confirmed.
 */
@Service
class DirectoryImports {

	private final List<Importer> importers;

	private final ImportJobs jobs;

	private final CurrentAccess access;

	DirectoryImports(PeopleImport people, DepartmentImport departments, ImportJobs jobs, CurrentAccess access) {
		this.importers = List.of(people, departments);
		this.jobs = jobs;
		this.access = access;
	}

	List<Importer> importers() {
		return this.importers;
	}

	/**
	 * @throws RecordNotFoundException for an unknown kind
	 */
	Importer importer(String kind) {
		return this.importers.stream()
			.filter(i -> i.kind().equals(kind))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("ImportKind", kind));
	}

	boolean canImport() {
		return this.access.scope().hasRoleAnywhere(Role.ADMINISTRATOR);
	}

	ImportJob start(String kind, MultipartFile file) {
		Importer importer = importer(kind);
		String owner = requireAdministrator();
		if (file == null || file.isEmpty()) {
			throw FieldRuleException.invalid("file", "ImportNoFile");
		}
		return this.jobs.start(importer, owner, file.getOriginalFilename(), bytes(file));
	}

	ImportJob get(String jobId) {
		return this.jobs.get(jobId, owner(this.access.scope()));
	}

	ImportJob confirm(String jobId) {
		return this.jobs.confirm(jobId, requireAdministrator());
	}

	void discard(String jobId) {
		this.jobs.discard(jobId, owner(this.access.scope()));
	}

	private String requireAdministrator() {
		AccessScope scope = this.access.scope();
		if (!scope.hasRoleAnywhere(Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Only an administrator imports directory data");
		}
		return owner(scope);
	}

	private static String owner(AccessScope scope) {
		if (scope.accountId() == null) {
			throw new AccessDeniedException("Imports belong to a signed-in account");
		}
		return "account:" + scope.accountId();
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
