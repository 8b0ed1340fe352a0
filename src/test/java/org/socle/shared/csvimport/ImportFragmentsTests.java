package org.socle.shared.csvimport;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socle.testing.SocleIntegrationTest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The import pages' shared fragments render each page's own messages. */
@SocleIntegrationTest
class ImportFragmentsTests {

	@Autowired
	ITemplateEngine templates;

	@Test
	void aRunningImportShowsItsProgressInThePagesOwnWords() {
		assertThat(progress("inventory.imports")).contains("width: 40%")
			.contains("400 ligne(s) traitée(s) sur")
			.doesNotContain("??");
		assertThat(progress("directory.imports")).contains("width: 40%")
			.contains("400 ligne(s) traitée(s) sur")
			.doesNotContain("??");
	}

	private String progress(String prefix) {
		Context context = new Context(Locale.FRENCH);
		context.setVariable("job", new RunningJob());
		context.setVariable("prefix", prefix);
		return this.templates.process("fragments/imports", Set.of("progress"), context);
	}

	/** A job 40 % through (400 of 1,000 lines). */
	public static class RunningJob {

		public boolean isRunning() {
			return true;
		}

		public int getPercent() {
			return 40;
		}

		public long getProcessed() {
			return 400;
		}

		public long getTotal() {
			return 1000;
		}

	}

}
