package org.socle.inventory.plan;

/** A plan was created or changed (published in its transaction). */
record PlanSaved(long planId) {
}
