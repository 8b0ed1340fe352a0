package org.socle.directory.team;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;
import org.socle.shared.web.PageView;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of teams. */
@RestController
@RequestMapping("/api/v1/teams")
class TeamApi {

	private final TeamService teams;

	TeamApi(TeamService teams) {
		this.teams = teams;
	}

	@GetMapping
	PageView<TeamView> list(TeamFilter filter, @PageableDefault(size = 25) Pageable pageable) {
		Page<Team> page = this.teams.list(filter, TeamPages.restrict(pageable));
		Map<Long, Long> counts = this.teams.memberCounts(page.getContent());
		return PageView.of(page, t -> TeamView.of(t, counts.getOrDefault(t.getId(), 0L)));
	}

	@GetMapping("/{id}")
	TeamView get(@PathVariable Long id) {
		return view(this.teams.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TeamView create(@Valid @RequestBody TeamForm form) {
		return view(this.teams.create(form));
	}

	@PutMapping("/{id}")
	TeamView update(@PathVariable Long id, @Valid @RequestBody TeamForm form) {
		return view(this.teams.update(id, form));
	}

	@PostMapping("/{id}/archive")
	TeamView archive(@PathVariable Long id, @RequestBody ArchiveRequest request) {
		return view(this.teams.archive(id, request.version(), request.reason()));
	}

	private TeamView view(Team team) {
		return TeamView.of(team, this.teams.memberCount(team));
	}

	/** Archive with a reason, based on the version the caller saw. */
	record ArchiveRequest(long version, String reason) {
	}

	/** A team as the API shows it. */
	record TeamView(Long id, Long establishmentId, String establishmentName, String name, TeamKind kind, String email,
			String description, long memberCount, boolean archived, String archiveReason, long version,
			Instant createdAt, String createdBy, Instant lastModifiedAt, String lastModifiedBy) {

		static TeamView of(Team t, long memberCount) {
			return new TeamView(t.getId(), t.getEstablishment().getId(), t.getEstablishment().getName(), t.getName(),
					t.getKind(), t.getEmail(), t.getDescription(), memberCount, t.isArchived(), t.getArchiveReason(),
					t.getVersion(), t.getCreatedAt(), t.getCreatedBy(), t.getLastModifiedAt(), t.getLastModifiedBy());
		}
	}

}
