package org.socle.inventory.maintenance.indicator;

/** Counts of a group's work orders over the period. */
record WorkOrderFigures(long overdue, long repairs, double repairSeconds, long failures) {

}
