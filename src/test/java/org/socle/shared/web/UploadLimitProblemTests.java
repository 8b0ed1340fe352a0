package org.socle.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body over the servlet's multipart limit is answered like a field rule (MockMvc does
 * not apply that limit, so the handler is called as the dispatcher would).
 */
class UploadLimitProblemTests {

	@Test
	void anUploadOverTheServersLimitIsAProblemNamingTheFileAndTheLimit() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("rule.UploadTooLarge", Locale.FRENCH, "Limite {0,number,#.##} Mo");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		try {
			ProblemDetail problem = new ApiProblemHandler(messages)
				.tooLarge(new MaxUploadSizeExceededException(50L * 1024 * 1024));
			assertThat(problem.getStatus()).isEqualTo(400);
			assertThat(problem.getProperties()).containsEntry("errors",
					List.of(Map.of("field", "file", "rule", "UploadTooLarge", "message", "Limite 50 Mo")));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
