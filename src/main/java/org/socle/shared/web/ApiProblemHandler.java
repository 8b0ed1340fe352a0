package org.socle.shared.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.shared.audit.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns every refusal of the REST API into an RFC 9457 problem: 400 naming each field and
 * rule, 404 for an unknown (or out-of-scope) id, 409 for a duplicate or a stale version.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

	private static final String TYPE_BASE = "https://socle.org/problems/";

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream().map(this::describe).toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(FieldRuleException.class)
	ProblemDetail rule(FieldRuleException ex) {
		HttpStatus status = ex.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = problem(status, ex.isConflict() ? "duplicate" : "validation",
				ex.isConflict() ? "problem.duplicate" : "problem.validation");
		problem.setProperty("errors", List.of(Map.of("field", ex.getField(), "rule", ex.getRule(), "message",
				this.messages.getMessage(ex.messageKey(), ex.getArguments(), ex.getRule(), locale()))));
		return problem;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	ProblemDetail notFound(RecordNotFoundException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound");
		problem.setProperty("entity", ex.getEntity());
		problem.setProperty("id", String.valueOf(ex.getId()));
		return problem;
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ProblemDetail stale(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "stale-version", "problem.staleVersion");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "problem.conflict");
	}

	/**
	 * A body over the servlet's multipart limit: refused like a field, with the limit in
	 * megabytes.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		double megabytes = Math.max(ex.getMaxUploadSize(), 0) / (1024.0 * 1024.0);
		return rule(FieldRuleException.invalid("file", "UploadTooLarge", megabytes));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(Exception ex) {
		return problem(HttpStatus.BAD_REQUEST, "unreadable", "problem.unreadable");
	}

	/**
	 * A request parameter or path variable of the wrong kind: refused like a field, with
	 * the accepted values when they are a list.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		String value = String.valueOf(ex.getValue());
		Class<?> type = ex.getRequiredType();
		if (type != null && type.isEnum()) {
			String accepted = Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
			return rule(FieldRuleException.invalid(ex.getName(), "NotOneOf", value, accepted));
		}
		return rule(FieldRuleException.invalid(ex.getName(), "TypeMismatch", value));
	}

	private ProblemDetail problem(HttpStatus status, String type, String titleKey) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(this.messages.getMessage(titleKey, null, titleKey, locale()));
		return problem;
	}

	private Map<String, String> describe(FieldError error) {
		String rule = (error.getCode() != null) ? error.getCode() : "Invalid";
		String message = this.messages.getMessage(error, locale());
		return Map.of("field", error.getField(), "rule", rule, "message", message);
	}

	private Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
