package org.socle.servicedesk.link;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.socle.servicedesk.ticket.Ticket;
import org.socle.servicedesk.ticket.TicketEvent.Kind;
import org.socle.servicedesk.ticket.Timeline;
import org.socle.shared.audit.CurrentUsername;
import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free tags on tickets. Whoever sees a ticket sees its tags; agents who work it add and
 * remove them. Adding a tag the ticket already has, or removing one it has not, changes
 * nothing and writes no timeline line (idempotent).
 */
@Service
class TicketTags {

	static final int MAX_LENGTH = 50;

	/** Letters (accented ones included), digits, hyphen and underscore. */
	private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{M}\\p{N}_-]+");

	private final TicketWork work;

	private final TicketTagRepository tags;

	private final Timeline timeline;

	private final JdbcClient jdbc;

	private final Clock clock;

	TicketTags(TicketWork work, TicketTagRepository tags, Timeline timeline, JdbcClient jdbc, Clock clock) {
		this.work = work;
		this.tags = tags;
		this.timeline = timeline;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The stored form of a typed tag.
	 * @throws FieldRuleException (tag, TagFormat) when blank, too long or with other
	 * characters
	 */
	static String normalise(String text) {
		String tag = (text == null) ? "" : TicketTag.matchingForm(text);
		if (tag.isEmpty() || tag.length() > MAX_LENGTH || !FORM.matcher(tag).matches()) {
			throw FieldRuleException.invalid("tag", "TagFormat", MAX_LENGTH);
		}
		return tag;
	}

	@Transactional(readOnly = true)
	List<String> tags(Long ticketId) {
		return of(this.work.seen(ticketId));
	}

	/** The tags of a ticket the account sees, in alphabetical order. */
	List<String> of(Ticket ticket) {
		return this.tags.findByTicketIdOrderByTag(ticket.getId()).stream().map(TicketTag::getTag).toList();
	}

	/** Adds the tag; the ticket's tags after it. */
	@Transactional
	List<String> add(Long ticketId, String text) {
		Ticket ticket = this.work.worked(ticketId);
		String tag = normalise(text);
		int added = this.jdbc
			.sql("insert into sd_ticket_tag (ticket_id, tag, created_at, created_by) values (?, ?, ?, ?)"
					+ " on conflict (ticket_id, tag) do nothing")
			.params(ticketId, tag, Timestamp.from(this.clock.instant()), CurrentUsername.get())
			.update();
		if (added == 1) {
			this.timeline.record(ticket, Kind.TAGGED, null, tag, null);
		}
		return of(ticket);
	}

	@Transactional
	void remove(Long ticketId, String text) {
		Ticket ticket = this.work.worked(ticketId);
		String tag = normalise(text);
		int removed = this.jdbc.sql("delete from sd_ticket_tag where ticket_id = ? and tag = ?")
			.params(ticketId, tag)
			.update();
		if (removed == 1) {
			this.timeline.record(ticket, Kind.UNTAGGED, tag, null, null);
		}
	}

	/**
	 * Tags already used on tickets of the same team and establishment (all of which
	 * whoever works this ticket sees), to offer when adding one.
	 */
	@Transactional(readOnly = true)
	List<String> suggestions(Ticket ticket) {
		return this.jdbc
			.sql("select distinct g.tag from sd_ticket_tag g join sd_ticket t on t.id = g.ticket_id"
					+ " where t.team_id = ? and t.establishment_id = ? order by g.tag limit 200")
			.params(ticket.getTeamId(), ticket.getEstablishmentId())
			.query(String.class)
			.list();
	}

}
