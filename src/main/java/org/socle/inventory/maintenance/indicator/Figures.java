package org.socle.inventory.maintenance.indicator;

import java.time.Duration;

/** Sums of one group, turned into its indicators at the end. */
final class Figures {

	private static final double HOUR = 3600.0;

	private long assets;

	private Duration potential = Duration.ZERO;

	private Duration down = Duration.ZERO;

	private long due;

	private long doneInWindow;

	private long overdue;

	private long repairs;

	private double repairSeconds;

	private long failures;

	void addAsset(Duration potential, Duration down) {
		this.assets++;
		this.potential = this.potential.plus(potential);
		this.down = this.down.plus(down);
	}

	void addCompliance(long due, long doneInWindow) {
		this.due += due;
		this.doneInWindow += doneInWindow;
	}

	void add(WorkOrderFigures f) {
		this.overdue += f.overdue();
		this.repairs += f.repairs();
		this.repairSeconds += f.repairSeconds();
		this.failures += f.failures();
	}

	IndicatorRow row(Long groupId, String groupName) {
		double potentialSeconds = this.potential.toSeconds();
		double downSeconds = this.down.toSeconds();
		Double availability = (potentialSeconds > 0) ? 1 - downSeconds / potentialSeconds : null;
		Double compliance = (this.due > 0) ? (double) this.doneInWindow / this.due : null;
		Double mttr = (this.repairs > 0) ? this.repairSeconds / this.repairs / HOUR : null;
		Double mtbf = (this.failures > 0) ? (potentialSeconds - downSeconds) / this.failures / HOUR : null;
		return new IndicatorRow(groupId, groupName, this.assets, potentialSeconds / HOUR, downSeconds / HOUR,
				availability, this.due, this.doneInWindow, compliance, this.overdue, this.repairs, mttr, this.failures,
				mtbf);
	}

}
