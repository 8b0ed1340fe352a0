package org.socle.servicedesk.link;

import org.socle.shared.web.FieldRuleException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shape links must keep: one parent per ticket and no ticket its own ancestor; one
 * original per duplicate and no circle of duplicates. Walks the links in the database
 * (recursive queries), so the check holds however deep the tree is.
 */
@Component
class LinkRules {

	/**
	 * Ids reached from a start by following links of a kind from one end to the other.
	 */
	private static final String REACHED = """
			with recursive reached(id) as (
			    select cast(? as bigint)
			    union
			    select l.%s from sd_ticket_link l join reached r on l.%s = r.id where l.kind = ?
			)
			select count(*) from reached where id = ?""";

	private final TicketLinkRepository links;

	private final JdbcClient jdbc;

	LinkRules(TicketLinkRepository links, JdbcClient jdbc) {
		this.links = links;
		this.jdbc = jdbc;
	}

	/**
	 * @throws FieldRuleException (kind, LinkOneParent / LinkOneOriginal / LinkCycle)
	 */
	void check(TicketLink link) {
		switch (link.getKind()) {
			case PARENT_OF -> {
				if (this.links.existsByToTicketIdAndKind(link.getToTicketId(), LinkKind.PARENT_OF)) {
					throw FieldRuleException.invalid("kind", "LinkOneParent");
				}
				// the child must not already be above its new parent
				if (reaches("from_ticket_id", "to_ticket_id", link.getFromTicketId(), link.getToTicketId(),
						LinkKind.PARENT_OF)) {
					throw FieldRuleException.invalid("kind", "LinkCycle");
				}
			}
			case DUPLICATE_OF -> {
				if (this.links.existsByFromTicketIdAndKind(link.getFromTicketId(), LinkKind.DUPLICATE_OF)) {
					throw FieldRuleException.invalid("kind", "LinkOneOriginal");
				}
				// the original must not itself lead back to the duplicate
				if (reaches("to_ticket_id", "from_ticket_id", link.getToTicketId(), link.getFromTicketId(),
						LinkKind.DUPLICATE_OF)) {
					throw FieldRuleException.invalid("kind", "LinkCycle");
				}
			}
			default -> {
			}
		}
	}

	/**
	 * Whether {@code target} is reached from {@code start} by stepping from column
	 * {@code joined} to column {@code next} along links of {@code kind}.
	 */
	private boolean reaches(String next, String joined, Long start, Long target, LinkKind kind) {
		return this.jdbc.sql(REACHED.formatted(next, joined))
			.params(start, kind.name(), target)
			.query(Long.class)
			.single() > 0;
	}

}
