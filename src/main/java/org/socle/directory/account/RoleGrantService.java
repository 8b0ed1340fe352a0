package org.socle.directory.account;

import java.util.List;

import org.socle.directory.AccessScope;
import org.socle.directory.CurrentAccess;
import org.socle.directory.Role;
import org.socle.directory.ScopeFilter;
import org.socle.directory.ScopeKind;
import org.socle.directory.organisation.Establishment;
import org.socle.directory.organisation.EstablishmentRepository;
import org.socle.directory.team.Team;
import org.socle.directory.team.TeamRepository;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants and revokes roles. A group role is granted by a group administrator, an
 * establishment role by an administrator of that establishment, a team role by an
 * administrator of the team's establishment; every change goes to the security log.
 */
@Service
public class RoleGrantService {

	private final RoleGrantRepository grants;

	private final AccountService accounts;

	private final EstablishmentRepository establishments;

	private final TeamRepository teams;

	private final SecurityLog log;

	private final CurrentAccess access;

	RoleGrantService(RoleGrantRepository grants, AccountService accounts, EstablishmentRepository establishments,
			TeamRepository teams, SecurityLog log, CurrentAccess access) {
		this.grants = grants;
		this.accounts = accounts;
		this.establishments = establishments;
		this.teams = teams;
		this.log = log;
		this.access = access;
	}

	/** The grants of an account the user manages. */
	@Transactional(readOnly = true)
	public List<RoleGrant> list(Long accountId) {
		return this.grants.findByAccountId(this.accounts.get(accountId).getId());
	}

	@Transactional
	public RoleGrant grant(Long accountId, GrantForm form) {
		UserAccount account = this.accounts.get(accountId);
		RoleGrant grant = switch (form.getScopeKind()) {
			case GROUP -> RoleGrant.groupWide(account, form.getRole());
			case ESTABLISHMENT -> RoleGrant.forEstablishment(account, form.getRole(), establishment(form));
			case TEAM -> RoleGrant.forTeam(account, form.getRole(), team(form));
		};
		checkMayAdminister(grant);
		AccessScope.Grant wanted = grant.toScopeGrant();
		if (this.grants.findByAccountId(accountId).stream().map(RoleGrant::toScopeGrant).anyMatch(wanted::equals)) {
			throw FieldRuleException.duplicate("role", grant.label());
		}
		RoleGrant saved = this.grants.saveAndFlush(grant);
		this.log.record(SecurityEvent.Type.ROLE_GRANTED, account.getLogin(), saved.label());
		return saved;
	}

	@Transactional
	public void revoke(Long accountId, Long grantId) {
		UserAccount account = this.accounts.get(accountId);
		RoleGrant grant = this.grants.findById(grantId)
			.filter(g -> g.getAccount().getId().equals(account.getId()))
			.orElseThrow(() -> new RecordNotFoundException("RoleGrant", grantId));
		checkMayAdminister(grant);
		if (grant.getRole() == Role.ADMINISTRATOR && account.getId().equals(scope().accountId())
				&& this.grants.findByAccountId(accountId)
					.stream()
					.filter(g -> g.getRole() == Role.ADMINISTRATOR)
					.count() == 1) {
			throw FieldRuleException.invalid("grantId", "AccountLastAdministratorGrant");
		}
		String label = grant.label();
		this.grants.delete(grant);
		this.grants.flush();
		this.log.record(SecurityEvent.Type.ROLE_REVOKED, account.getLogin(), label);
	}

	/** Whether the user may grant or revoke this role in this scope. */
	public boolean mayAdminister(RoleGrant grant) {
		AccessScope scope = scope();
		return switch (grant.getScopeKind()) {
			case GROUP -> scope.hasGroupRole(Role.ADMINISTRATOR);
			case ESTABLISHMENT -> scope.hasRole(Role.ADMINISTRATOR, grant.getEstablishment().getId());
			case TEAM -> scope.hasRole(Role.ADMINISTRATOR, grant.getTeam().getEstablishment().getId());
		};
	}

	/** The scope kinds the user may grant: GROUP only for a group administrator. */
	public List<ScopeKind> grantableScopeKinds() {
		return scope().hasGroupRole(Role.ADMINISTRATOR) ? List.of(ScopeKind.values())
				: List.of(ScopeKind.ESTABLISHMENT, ScopeKind.TEAM);
	}

	/** Establishments where the user may grant roles, by name. */
	@Transactional(readOnly = true)
	public List<Establishment> grantableEstablishments() {
		return this.establishments.findAll(
				ScopeFilter.<Establishment>visibleTo(this.accounts.administered(), r -> r.get("id")).and(notArchived()),
				Sort.by("name"));
	}

	/** Teams in the establishments where the user may grant roles, by name. */
	@Transactional(readOnly = true)
	public List<Team> grantableTeams() {
		return this.teams
			.findAll(ScopeFilter.<Team>visibleTo(this.accounts.administered(), r -> r.get("establishment").get("id"))
				.and(notArchived()), Sort.by("name"));
	}

	private void checkMayAdminister(RoleGrant grant) {
		if (!mayAdminister(grant)) {
			throw new AccessDeniedException("Not an administrator of the scope of " + grant.label());
		}
	}

	private Establishment establishment(GrantForm form) {
		Long id = form.getEstablishmentId();
		if (id == null) {
			throw FieldRuleException.invalid("establishmentId", "NotBlank");
		}
		Establishment establishment = this.establishments.findById(id)
			.filter(e -> scope().canSee(e.getId()))
			.orElseThrow(() -> new RecordNotFoundException("Establishment", id));
		if (establishment.isArchived()) {
			throw FieldRuleException.invalid("establishmentId", "AccountScopeArchived");
		}
		return establishment;
	}

	private Team team(GrantForm form) {
		Long id = form.getTeamId();
		if (id == null) {
			throw FieldRuleException.invalid("teamId", "NotBlank");
		}
		Team team = this.teams.findById(id)
			.filter(t -> scope().canSee(t.getEstablishment().getId()))
			.orElseThrow(() -> new RecordNotFoundException("Team", id));
		if (team.isArchived()) {
			throw FieldRuleException.invalid("teamId", "AccountScopeArchived");
		}
		return team;
	}

	private static <T> Specification<T> notArchived() {
		return (root, query, cb) -> cb.isFalse(root.get("archived"));
	}

	private AccessScope scope() {
		return this.access.scope();
	}

}
