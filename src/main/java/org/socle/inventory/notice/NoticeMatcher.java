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

	private static final String RECORD = """
			with matches as (%s),
			upserted as (
			 insert into inv_affected_asset (notice_id, asset_id, matched_by, matched_criterion, matched_value,
			  product_match, doubt, confirmation, in_scope, action_status, matched_at, version, created_at, created_by,
			  last_modified_at, last_modified_by)
			 select :notice, m.asset_id, m.matched_by, left(m.matched_criterion, 420), left(m.matched_value, 200),
			  m.product_match, m.doubt, case when m.doubt is null then 'NOT_NEEDED' else 'PENDING' end, true,
			  'TO_CHECK', :now, 0, :now, :by, :now, :by
			 from matches m
			 on conflict (notice_id, asset_id) do update set matched_by = excluded.matched_by,
			  matched_criterion = excluded.matched_criterion, matched_value = excluded.matched_value,
			  product_match = excluded.product_match, doubt = excluded.doubt, in_scope = true,
			  confirmation = case
			   when inv_affected_asset.confirmation = 'NOT_NEEDED' and excluded.doubt is not null then 'PENDING'
			   when inv_affected_asset.confirmation = 'PENDING' and excluded.doubt is null then 'NOT_NEEDED'
			   else inv_affected_asset.confirmation end
			 returning asset_id, (xmax = 0) as added
			),
			dropped as (
			 update inv_affected_asset f set in_scope = false
			 where f.notice_id = :notice and f.in_scope and not exists (select 1 from upserted u where u.asset_id = f.asset_id)
			 returning f.id
			),
			stamped as (update inv_safety_notice set last_matched_at = :now where id = :notice returning id)
			select (select count(*) from upserted) as matched, (select count(*) from upserted where added) as added,
			 (select count(*) from dropped) as dropped, (select count(*) from stamped) as stamped
			"""
		.formatted(MATCHES);

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
	record MatchResult(int matched, int added, int noLongerMatched) {
	}

}
