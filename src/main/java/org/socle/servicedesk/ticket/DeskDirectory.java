package org.socle.servicedesk.ticket;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.directory.AccessScope;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.EstablishmentRef;
import org.socle.directory.DirectoryApi.PersonRef;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.directory.ScopeKind;

import org.springframework.stereotype.Component;

/** What the desk pages read of the directory: teams of the agent, people, names. */
@Component
public class DeskDirectory {

	private final DirectoryApi directory;

	private final TicketAccess access;

	DeskDirectory(DirectoryApi directory, TicketAccess access) {
		this.directory = directory;
		this.access = access;
	}

	/** Teams the account belongs to or holds a grant on. */
	Set<Long> myTeams() {
		AccessScope scope = this.access.scope();
		Set<Long> granted = scope.grants()
			.stream()
			.filter(g -> g.scopeKind() == ScopeKind.TEAM && g.teamId() != null)
			.map(AccessScope.Grant::teamId)
			.collect(Collectors.toSet());
		Set<Long> teams = new HashSet<>(granted);
		teams.addAll(this.directory.teamIdsOf(scope.personId()));
		return teams;
	}

	/** Teams whose tickets the account works: where an agent opens tickets. */
	List<TeamRef> workedTeams() {
		return this.directory.teams()
			.stream()
			.filter(t -> this.access.canWorkFor(t.id(), t.establishmentId()))
			.toList();
	}

	/** Teams the account may see (to filter on, or to transfer a ticket to). */
	List<TeamRef> visibleTeams() {
		AccessScope scope = this.access.scope();
		return this.directory.teams()
			.stream()
			.filter(t -> scope.canSee(t.establishmentId()) || this.access.canWorkFor(t.id(), t.establishmentId()))
			.toList();
	}

	/** Establishments the account sees (to filter on). */
	List<EstablishmentRef> visibleEstablishments() {
		AccessScope scope = this.access.scope();
		return this.directory.establishments().stream().filter(e -> scope.canSee(e.id())).toList();
	}

	/** People of the account's scope whose name contains the text. */
	public List<PersonRef> searchPeople(String text) {
		AccessScope scope = this.access.scope();
		return this.directory.searchPeople(text, 50)
			.stream()
			.filter(p -> scope.canSee(p.establishmentId()))
			.limit(20)
			.toList();
	}

	/** Names for one page, each looked up once. */
	Names names() {
		return new Names(this.directory);
	}

	/** Display names of people, teams and establishments, memoized for one request. */
	static final class Names {

		private final DirectoryApi directory;

		private final Map<Long, String> people = new HashMap<>();

		private final Map<Long, String> teams = new HashMap<>();

		private final Map<Long, String> establishments = new HashMap<>();

		Names(DirectoryApi directory) {
			this.directory = directory;
		}

		public String person(Long id) {
			return (id == null) ? "" : this.people.computeIfAbsent(id,
					k -> this.directory.person(k).map(PersonRef::label).orElse("#" + k));
		}

		/** A person named by an id written as text (as timeline values are). */
		public String personOf(String id) {
			try {
				return (id == null) ? "" : person(Long.valueOf(id));
			}
			catch (NumberFormatException ex) {
				return id;
			}
		}

		public String team(Long id) {
			return (id == null) ? ""
					: this.teams.computeIfAbsent(id, k -> this.directory.team(k).map(TeamRef::name).orElse("#" + k));
		}

		public String establishment(Long id) {
			return (id == null) ? ""
					: this.establishments.computeIfAbsent(id, k -> this.directory.establishmentName(k).orElse("#" + k));
		}

	}

}
