package org.socle.servicedesk.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a team lead enters for an agreement, from the page or the API. The service checks
 * the rules ({@link AgreementRules}); nothing is written when one is broken.
 */
public class AgreementForm {

	private AgreementKind kind;

	private String name;

	private Long teamId;

	private Long serviceId;

	private Long calendarId;

	private boolean pauseForPlannedChange;

	private Integer atRiskPercent = 75;

	private boolean reassignOnBreach;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	private List<Target> targets = new ArrayList<>();

	private Long version;

	static AgreementForm of(Agreement a) {
		AgreementForm form = new AgreementForm();
		form.kind = a.getKind();
		form.name = a.getName();
		form.teamId = a.getTeamId();
		form.serviceId = a.getServiceId();
		form.calendarId = a.getCalendarId();
		form.pauseForPlannedChange = a.isPauseForPlannedChange();
		form.atRiskPercent = a.getAtRiskPercent();
		form.reassignOnBreach = a.isReassignOnBreach();
		form.validFrom = a.getValidFrom();
		form.validUntil = a.getValidUntil();
		form.targets = new ArrayList<>(a.getTargets()
			.stream()
			.map(t -> new Target(t.getPriority(), t.getResponseMinutes(), t.getResolutionMinutes()))
			.toList());
		form.version = a.getVersion();
		return form;
	}

	/** Fills the missing priorities 1..max with empty rows (for the page's table). */
	AgreementForm withRowsUpTo(int maxPriority) {
		for (int p = 1; p <= maxPriority; p++) {
			int priority = p;
			if (this.targets.stream().noneMatch(t -> t.getPriority() != null && t.getPriority() == priority)) {
				this.targets.add(new Target(priority, null, null));
			}
		}
		this.targets.sort(java.util.Comparator.comparing(t -> (t.getPriority() != null) ? t.getPriority() : 0));
		return this;
	}

	/** The targets of one priority. */
	public static class Target {

		private Integer priority;

		private Integer responseMinutes;

		private Integer resolutionMinutes;

		public Target() {
		}

		public Target(Integer priority, Integer responseMinutes, Integer resolutionMinutes) {
			this.priority = priority;
			this.responseMinutes = responseMinutes;
			this.resolutionMinutes = resolutionMinutes;
		}

		public Integer getPriority() {
			return this.priority;
		}

		public void setPriority(Integer priority) {
			this.priority = priority;
		}

		public Integer getResponseMinutes() {
			return this.responseMinutes;
		}

		public void setResponseMinutes(Integer responseMinutes) {
			this.responseMinutes = responseMinutes;
		}

		public Integer getResolutionMinutes() {
			return this.resolutionMinutes;
		}

		public void setResolutionMinutes(Integer resolutionMinutes) {
			this.resolutionMinutes = resolutionMinutes;
		}

		boolean isBlank() {
			return this.responseMinutes == null && this.resolutionMinutes == null;
		}

	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Long getCalendarId() {
		return this.calendarId;
	}

	public void setCalendarId(Long calendarId) {
		this.calendarId = calendarId;
	}

	public boolean isPauseForPlannedChange() {
		return this.pauseForPlannedChange;
	}

	public void setPauseForPlannedChange(boolean pauseForPlannedChange) {
		this.pauseForPlannedChange = pauseForPlannedChange;
	}

	public Integer getAtRiskPercent() {
		return this.atRiskPercent;
	}

	public void setAtRiskPercent(Integer atRiskPercent) {
		this.atRiskPercent = atRiskPercent;
	}

	public boolean isReassignOnBreach() {
		return this.reassignOnBreach;
	}

	public void setReassignOnBreach(boolean reassignOnBreach) {
		this.reassignOnBreach = reassignOnBreach;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidUntil() {
		return this.validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public List<Target> getTargets() {
		return this.targets;
	}

	public void setTargets(List<Target> targets) {
		// a copy the page can add its empty rows to when the form comes back with an
		// error
		this.targets = (targets != null) ? new ArrayList<>(targets) : new ArrayList<>();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
