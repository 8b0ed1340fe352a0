package org.socle.servicedesk.ticket;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.directory.ScopeKind;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and who works a ticket. Sees: accounts whose scope reaches the ticket's
 * establishment, holders of a grant on the ticket's team, and its requester. Works:
 * administrators, agents and team leads over the establishment or the team. Default deny.
 */
@Component
public class TicketAccess {

	private static final List<Role> WORKING_ROLES = List.of(Role.ADMINISTRATOR, Role.AGENT, Role.TEAM_LEAD);

	private final CurrentAccess access;

	TicketAccess(CurrentAccess access) {
		this.access = access;
	}

	AccessScope scope() {
		return this.access.scope();
	}

	/** The query narrowing that every ticket list goes through. */
	Specification<Ticket> visible() {
		AccessScope scope = scope();
		Specification<Ticket> spec = ScopeFilter.visibleTo(scope, r -> r.get("establishmentId"));
		Set<Long> teams = teamGrants(scope);
		if (!teams.isEmpty()) {
			spec = spec.or((root, query, cb) -> root.get("teamId").in(teams));
		}
		Long person = scope.personId();
		if (person != null && !scope.grants().isEmpty()) {
			spec = spec.or((root, query, cb) -> cb.or(cb.equal(root.get("requesterId"), person),
					cb.equal(root.get("onBehalfOfId"), person)));
		}
		return spec;
	}

	boolean canSee(Ticket ticket) {
		AccessScope scope = scope();
		return scope.canSee(ticket.getEstablishmentId()) || teamGrants(scope).contains(ticket.getTeamId())
				|| (!scope.grants().isEmpty() && isRequester(ticket));
	}

	boolean canWork(Ticket ticket) {
		return canWorkFor(ticket.getTeamId(), ticket.getEstablishmentId());
	}

	/** Whether the account works tickets of that team in that establishment. */
	boolean canWorkFor(Long teamId, Long establishmentId) {
		AccessScope scope = scope();
		return WORKING_ROLES.stream().anyMatch(role -> scope.hasTeamRole(role, teamId, establishmentId));
	}

	/**
	 * Whether the signed-in person raised the ticket or had it raised on their behalf.
	 */
	public boolean isRequester(Ticket ticket) {
		Long person = scope().personId();
		return person != null
				&& (person.equals(ticket.getRequesterId()) || Objects.equals(person, ticket.getOnBehalfOfId()));
	}

	/** A ticket the account sees, or 404. */
	Ticket visibleOr404(Ticket ticket, Long id) {
		if (ticket == null || !canSee(ticket)) {
			throw new RecordNotFoundException("Ticket", id);
		}
		return ticket;
	}

	void checkWorks(Ticket ticket) {
		if (!canWork(ticket)) {
			throw new AccessDeniedException("Does not work ticket " + ticket.getId());
		}
	}

	private static Set<Long> teamGrants(AccessScope scope) {
		return scope.grants()
			.stream()
			.filter(g -> g.scopeKind() == ScopeKind.TEAM && g.teamId() != null)
			.map(AccessScope.Grant::teamId)
			.collect(Collectors.toSet());
	}

}
