package org.socle.servicedesk.ticket;

import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

/** The queues of the agents' page: which tickets each one holds. */
enum Queue {

	MINE, TEAMS, UNASSIGNED, ALL;

	/** The narrowing of this queue for a person and their teams. */
	Specification<Ticket> narrowing(Long me, Set<Long> myTeams) {
		return (root, query, cb) -> switch (this) {
			case MINE -> (me == null) ? cb.disjunction() : cb.equal(root.get("assigneeId"), me);
			case TEAMS -> myTeams.isEmpty() ? cb.disjunction() : root.get("teamId").in(myTeams);
			case UNASSIGNED -> myTeams.isEmpty() ? cb.disjunction()
					: cb.and(root.get("teamId").in(myTeams), cb.isNull(root.get("assigneeId")), root.get("status")
						.in(TicketStatus.NEW, TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.PENDING));
			case ALL -> cb.conjunction();
		};
	}

}
