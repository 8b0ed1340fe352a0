package org.socle.servicedesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The targets of one priority: minutes of working time to first response and to
 * resolution.
 */
@Embeddable
public class AgreementTarget {

	@Column(nullable = false)
	private int priority;

	@Column(nullable = false)
	private int responseMinutes;

	@Column(nullable = false)
	private int resolutionMinutes;

	protected AgreementTarget() {
	}

	public AgreementTarget(int priority, int responseMinutes, int resolutionMinutes) {
		this.priority = priority;
		this.responseMinutes = responseMinutes;
		this.resolutionMinutes = resolutionMinutes;
	}

	public int getPriority() {
		return this.priority;
	}

	public int getResponseMinutes() {
		return this.responseMinutes;
	}

	public int getResolutionMinutes() {
		return this.resolutionMinutes;
	}

	/** The target of one kind of clock, in minutes. */
	public int minutes(ClockKind kind) {
		return (kind == ClockKind.RESPONSE) ? this.responseMinutes : this.resolutionMinutes;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AgreementTarget t && t.priority == this.priority
				&& t.responseMinutes == this.responseMinutes && t.resolutionMinutes == this.resolutionMinutes;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.priority, this.responseMinutes, this.resolutionMinutes);
	}

}
