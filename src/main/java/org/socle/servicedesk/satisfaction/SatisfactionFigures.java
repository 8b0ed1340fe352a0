package org.socle.servicedesk.satisfaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction figures for the service reports: of the invitations sent in a period (by
 * the team and establishment the ticket had when it was resolved), how many were answered
 * (whenever the answer came) and their mean rating. No access check: the report that
 * calls it narrows the filter to what its reader may see.
 */
@Component
public class SatisfactionFigures {

	private final JdbcClient jdbc;

	SatisfactionFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Figures of(Filter filter) {
		StringBuilder sql = new StringBuilder("select count(*) as invitations, count(rating) as answers,"
				+ " avg(rating) as mean from sd_satisfaction_invitation where true");
		List<Object> params = new ArrayList<>();
		if (filter.teamId() != null) {
			sql.append(" and team_id = ?");
			params.add(filter.teamId());
		}
		if (filter.establishmentId() != null) {
			sql.append(" and establishment_id = ?");
			params.add(filter.establishmentId());
		}
		if (filter.serviceId() != null) {
			sql.append(" and ticket_id in (select id from sd_ticket where service_id = ?)");
			params.add(filter.serviceId());
		}
		if (filter.reach() != null) {
			sql.append(" and (").append(in("establishment_id", filter.reach().establishmentIds()));
			sql.append(" or ").append(in("team_id", filter.reach().teamIds())).append(')');
		}
		if (filter.from() != null) {
			sql.append(" and invited_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and invited_at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Figures(rs.getLong("invitations"), rs.getLong("answers"),
					(rs.getObject("mean") != null) ? rs.getDouble("mean") : null))
			.single();
	}

	private static String in(String column, Set<Long> ids) {
		return ids.isEmpty() ? "false"
				: column + " in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * Which invitations to count; a null part does not narrow.
	 *
	 * @param serviceId the catalogue service the ticket is about now
	 * @param reach the establishments or teams whose invitations a reader may count
	 * @param from first instant of the period (inclusive)
	 * @param to end of the period (exclusive)
	 */
	public record Filter(Long teamId, Long establishmentId, Long serviceId, Reach reach, Instant from, Instant to) {

		public Filter(Long teamId, Long establishmentId, Instant from, Instant to) {
			this(teamId, establishmentId, null, null, from, to);
		}

		public static Filter all() {
			return new Filter(null, null, null, null);
		}

	}

	/**
	 * Invitations of these establishments or of these teams (ids from role grants).
	 */
	public record Reach(Set<Long> establishmentIds, Set<Long> teamIds) {

		public Reach {
			establishmentIds = Set.copyOf(establishmentIds);
			teamIds = Set.copyOf(teamIds);
		}

	}

	/**
	 * @param invitations surveys sent
	 * @param answers of those, how many were answered
	 * @param meanRating the answers' mean rating (0-10), null without answers
	 */
	public record Figures(long invitations, long answers, Double meanRating) {

		/** Answers per invitation (0 to 1), null without invitations. */
		public Double responseRate() {
			return (this.invitations == 0) ? null : (double) this.answers / this.invitations;
		}

	}

}
