package org.socle.servicedesk.mail.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.DirectoryApi;
import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.directory.Role;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configuring team mailboxes: administrators of the team's establishment (or of the
 * group) and the team's leads. A team out of scope is "not found"; one in scope but not
 * managed is refused.
 */
@Service
class TeamMailboxService {

	private static final Logger log = LoggerFactory.getLogger(TeamMailboxService.class);

	private final TeamMailboxRepository mailboxes;

	private final DirectoryApi directory;

	private final CurrentAccess access;

	TeamMailboxService(TeamMailboxRepository mailboxes, DirectoryApi directory, CurrentAccess access) {
		this.mailboxes = mailboxes;
		this.directory = directory;
		this.access = access;
	}

	/** The teams the account manages, each with its mailbox if it has one. */
	@Transactional(readOnly = true)
	List<TeamMailboxRow> list() {
		List<TeamRef> teams = this.directory.teams().stream().filter(this::canManage).toList();
		Map<Long, TeamMailbox> byTeam = this.mailboxes.findByTeamIdIn(teams.stream().map(TeamRef::id).toList())
			.stream()
			.collect(Collectors.toMap(TeamMailbox::getTeamId, Function.identity()));
		return teams.stream().map(t -> TeamMailboxRow.of(t, byTeam.get(t.id()))).toList();
	}

	/** A team the account manages, or 404 / 403. */
	@Transactional(readOnly = true)
	TeamRef manageable(Long teamId) {
		TeamRef team = this.directory.team(teamId)
			.filter(t -> this.access.scope().canSee(t.establishmentId()))
			.orElseThrow(() -> new RecordNotFoundException("Team", teamId));
		if (!canManage(team)) {
			throw new AccessDeniedException("May not configure the mailbox of team " + teamId);
		}
		return team;
	}

	@Transactional(readOnly = true)
	Optional<TeamMailbox> mailboxOf(Long teamId) {
		return this.mailboxes.findByTeamId(manageable(teamId).id());
	}

	/**
	 * Creates or changes the team's mailbox, on the version the form was based on. A new
	 * mailbox needs a password.
	 */
	@Transactional
	TeamMailbox save(Long teamId, MailboxForm form) {
		TeamRef team = manageable(teamId);
		TeamMailbox mailbox = this.mailboxes.findByTeamId(team.id()).orElse(null);
		if (mailbox == null) {
			mailbox = new TeamMailbox(team.id());
		}
		else {
			mailbox.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		}
		if (!mailbox.hasPassword() && (form.getPassword() == null || form.getPassword().isEmpty())) {
			throw FieldRuleException.invalid("password", "NotBlank");
		}
		mailbox.update(form);
		TeamMailbox saved = this.mailboxes.saveAndFlush(mailbox);
		log.info("Mailbox of team {} saved (enabled: {})", team.id(), saved.isEnabled());
		return saved;
	}

	private boolean canManage(TeamRef team) {
		AccessScope scope = this.access.scope();
		return scope.hasRole(Role.ADMINISTRATOR, team.establishmentId())
				|| scope.hasTeamRole(Role.TEAM_LEAD, team.id(), team.establishmentId());
	}

	/** A team and its mailbox, as the list shows it ({@code configured}: it has one). */
	record TeamMailboxRow(TeamRef team, boolean configured, String address, boolean enabled, Instant lastPolledAt,
			String lastError) {

		static TeamMailboxRow of(TeamRef team, TeamMailbox mailbox) {
			return (mailbox == null) ? new TeamMailboxRow(team, false, null, false, null, null)
					: new TeamMailboxRow(team, true, mailbox.getAddress(), mailbox.isEnabled(),
							mailbox.getLastPolledAt(), mailbox.getLastError());
		}

	}

}
