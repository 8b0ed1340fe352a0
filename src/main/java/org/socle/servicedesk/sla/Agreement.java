package org.socle.servicedesk.sla;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.socle.shared.audit.Archivable;

/**
 * A service level commitment of a team: for a catalogue service (held by id), or with no
 * service the team's default; its targets per priority on a business calendar, the share
 * of a target after which a clock is "at risk", whether pending for a planned change
 * pauses the resolution clock, whether a breach reassigns the ticket to the team lead,
 * and the dates it is valid between.
 */
@Entity
@Table(name = "sd_agreement")
@Audited
public class Agreement extends Archivable {

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	private String name;

	private Long teamId;

	private Long serviceId;

	private Long calendarId;

	private boolean pauseForPlannedChange;

	private int atRiskPercent = 75;

	private boolean reassignOnBreach;

	private LocalDate validFrom;

	private LocalDate validUntil;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sd_agreement_target", joinColumns = @JoinColumn(name = "agreement_id"))
	private Set<AgreementTarget> targets = new HashSet<>();

	protected Agreement() {
	}

	Agreement(AgreementForm form) {
		update(form);
	}

	void update(AgreementForm form) {
		this.kind = form.getKind();
		this.name = form.getName().strip();
		this.teamId = form.getTeamId();
		this.serviceId = form.getServiceId();
		this.calendarId = form.getCalendarId();
		this.pauseForPlannedChange = form.isPauseForPlannedChange();
		this.atRiskPercent = form.getAtRiskPercent();
		this.reassignOnBreach = form.isReassignOnBreach();
		this.validFrom = form.getValidFrom();
		this.validUntil = form.getValidUntil();
		this.targets.clear();
		form.getTargets()
			.stream()
			.sorted(Comparator.comparing(AgreementForm.Target::getPriority))
			.forEach(t -> this.targets
				.add(new AgreementTarget(t.getPriority(), t.getResponseMinutes(), t.getResolutionMinutes())));
	}

	/** The targets of a priority, if the agreement has some. */
	public Optional<AgreementTarget> targetFor(int priority) {
		return this.targets.stream().filter(t -> t.getPriority() == priority).findFirst();
	}

	/** Whether it applies on that day (not archived, within its validity). */
	public boolean isValidOn(LocalDate day) {
		return !isArchived() && !day.isBefore(this.validFrom)
				&& (this.validUntil == null || !day.isAfter(this.validUntil));
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public Long getCalendarId() {
		return this.calendarId;
	}

	public boolean isPauseForPlannedChange() {
		return this.pauseForPlannedChange;
	}

	public int getAtRiskPercent() {
		return this.atRiskPercent;
	}

	public boolean isReassignOnBreach() {
		return this.reassignOnBreach;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public List<AgreementTarget> getTargets() {
		return this.targets.stream().sorted(Comparator.comparing(AgreementTarget::getPriority)).toList();
	}

}
