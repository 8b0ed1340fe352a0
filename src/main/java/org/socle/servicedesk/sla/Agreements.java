package org.socle.servicedesk.sla;

import java.util.List;

import org.socle.directory.DirectoryApi.TeamRef;
import org.socle.servicedesk.ticket.TicketPriority;
import org.socle.shared.web.FieldRuleException;
import org.socle.shared.web.RecordNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements kept by team leads and administrators: listed for the teams one sees,
 * created, changed (at the version one saw) and archived with a reason. A change applies
 * to clocks started or recomputed afterwards; running clocks keep the targets they
 * started with.
 */
@Service
public class Agreements {

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final TicketPriority priority;

	private final AgreementReferences references;

	Agreements(AgreementRepository agreements, AgreementAccess access, TicketPriority priority,
			AgreementReferences references) {
		this.agreements = agreements;
		this.access = access;
		this.priority = priority;
		this.references = references;
	}

	/** The agreements of the teams the account sees (or of one of them). */
	@Transactional(readOnly = true)
	public List<Agreement> visible(Long teamId) {
		List<Long> teams = (teamId != null) ? List.of(this.access.readable(teamId).id())
				: this.access.readableTeams().stream().map(TeamRef::id).toList();
		return teams.isEmpty() ? List.of() : this.agreements.ofTeams(teams);
	}

	@Transactional(readOnly = true)
	public Agreement get(Long id) {
		Agreement agreement = this.agreements.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("Agreement", id));
		try {
			this.access.readable(agreement.getTeamId());
		}
		catch (RecordNotFoundException ex) {
			throw new RecordNotFoundException("Agreement", id);
		}
		return agreement;
	}

	/** An agreement the account keeps: 404 out of sight, 403 otherwise. */
	@Transactional(readOnly = true)
	public Agreement managed(Long id) {
		Agreement agreement = get(id);
		this.access.managed(agreement.getTeamId());
		return agreement;
	}

	@Transactional
	public Agreement create(AgreementForm form) {
		checkTeam(form);
		AgreementRules.check(form, maxPriority());
		this.references.check(form, null);
		return this.agreements.saveAndFlush(new Agreement(form));
	}

	@Transactional
	public Agreement update(Long id, AgreementForm form) {
		Agreement agreement = managed(id);
		agreement.checkVersion((form.getVersion() != null) ? form.getVersion() : -1);
		checkTeam(form);
		AgreementRules.check(form, maxPriority());
		this.references.check(form, agreement);
		agreement.update(form);
		return this.agreements.saveAndFlush(agreement);
	}

	@Transactional
	public Agreement archive(Long id, String reason, Long version) {
		Agreement agreement = managed(id);
		if (version != null) {
			agreement.checkVersion(version);
		}
		if (reason == null || reason.isBlank()) {
			throw FieldRuleException.invalid("reason", "NotBlank");
		}
		agreement.archive(reason.strip());
		return this.agreements.saveAndFlush(agreement);
	}

	/** Whether the account keeps the agreements of some team. */
	public boolean mayManageAny() {
		return !this.access.managedTeams().isEmpty();
	}

	/** The highest priority of the matrix (1 is the most urgent). */
	public int maxPriority() {
		var matrix = this.priority.matrix();
		int max = 1;
		for (int i = 1; i <= matrix.maxImpact(); i++) {
			for (int u = 1; u <= matrix.maxUrgency(); u++) {
				try {
					max = Math.max(max, matrix.priorityOf(i, u));
				}
				catch (FieldRuleException ex) {
					// a grid may leave cells out
				}
			}
		}
		return max;
	}

	private void checkTeam(AgreementForm form) {
		if (form.getTeamId() == null) {
			throw FieldRuleException.invalid("teamId", "NotBlank");
		}
		this.access.managed(form.getTeamId());
	}

}
