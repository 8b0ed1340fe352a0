package org.socle.shared.csvimport;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An import action that the job's state or the registry's limits refuse: confirming a job
 * that is not ready (409), or too many open jobs (429). The API answers with an RFC 9457
 * problem; pages show {@link #getMessageKey()}.
 */
public class ImportRefusedException extends ErrorResponseException {

	private final String messageKey;

	private ImportRefusedException(HttpStatus status, String reason) {
		super(status, problem(status, reason), null, "csvimport.problem." + reason, null);
		this.messageKey = "csvimport.problem." + reason;
	}

	/** The job is not waiting for a confirmation (still validating, or already run). */
	public static ImportRefusedException notReady() {
		return new ImportRefusedException(HttpStatus.CONFLICT, "notReady");
	}

	/** The job is not waiting for its columns to be mapped (already mapped). */
	public static ImportRefusedException notMapping() {
		return new ImportRefusedException(HttpStatus.CONFLICT, "notMapping");
	}

	/** The account (or the whole node) already holds as many open jobs as allowed. */
	public static ImportRefusedException tooManyJobs() {
		return new ImportRefusedException(HttpStatus.TOO_MANY_REQUESTS, "tooManyJobs");
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	@Override
	public String getTitleMessageCode() {
		return "csvimport.problem.title";
	}

	private static ProblemDetail problem(HttpStatus status, String reason) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://socle.org/problems/import-" + reason));
		return problem;
	}

}
