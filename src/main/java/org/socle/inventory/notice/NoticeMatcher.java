package org.socle.inventory.notice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;

import org.socle.shared.audit.CurrentUsername;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds every asset of the group a notice's criteria match (retired, on loan and in
 * repair included; disposed ones are gone from the hospital and left out), in one SQL
 * statement over the keys V94 stores on the register, and records them. Matching again
 * after the criteria change adds the new matches, refreshes the reasons, and keeps what
 * was done on the rows already there (action, evidence, confirmation, work order); a row
 * no longer matched stays, marked out of scope.
 */
@Component
class NoticeMatcher {

	/** The matching query, shared with the bench (bench/NoticeMatchBench.java). */
	static final String MATCHES = read("inventory/notice-matches.sql");

	/** Matching and recording in one statement, shared with the bench too. */
	static final String RECORD = read("inventory/notice-record.sql").replace("/*MATCHES*/", MATCHES);

	private final JdbcClient jdbc;

	private final Clock clock;

	NoticeMatcher(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Matches the notice against the register and records the result. */
	@Transactional
	MatchResult match(long noticeId) {
		return this.jdbc.sql(RECORD)
			.param("notice", noticeId)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", CurrentUsername.get())
			.query((rs, n) -> new MatchResult(rs.getInt("matched"), rs.getInt("added"), rs.getInt("dropped")))
			.single();
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a match found: assets matched now, of which new; rows no longer matched.
	 */
	record MatchResult(int matched, int added, int noLongerMatched) implements java.io.Serializable {
	}

}
