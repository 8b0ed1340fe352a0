package org.socle.inventory.maintenance.indicator;

/**
 * Maintenance indicators of one group (a team, category or establishment), or of the
 * whole selection when {@code groupId} is null. Rates are fractions (0.9875), durations
 * in hours; a figure without data is null.
 *
 * @param assets assets counted
 * @param potentialHours time the assets could run in the period
 * @param unplannedDowntimeHours unplanned downtime (repairs, nonconformities), overlaps
 * counted once
 * @param availability 1 − unplanned downtime / potential time
 * @param due occurrences of maintenance plans (preventive work and controls) due in the
 * period, those a containing plan suppressed left out
 * @param doneInWindow of those, done within their plan's tolerance window
 * @param compliance doneInWindow / due
 * @param overdueControls regulatory controls open past their due date today
 * @param repairs corrective work orders back in service in the period
 * @param mttrHours mean downtime of those repairs
 * @param failures corrective work orders whose downtime began in the period
 * @param mtbfHours operating time / failures
 */
public record IndicatorRow(Long groupId, String groupName, long assets, double potentialHours,
		double unplannedDowntimeHours, Double availability, long due, long doneInWindow, Double compliance,
		long overdueControls, long repairs, Double mttrHours, long failures, Double mtbfHours) {

}
