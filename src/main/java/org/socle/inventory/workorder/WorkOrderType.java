package org.socle.inventory.workorder;

/** What a work order is for (bon / ordre de travail). */
public enum WorkOrderType {

	PREVENTIVE, CORRECTIVE, INTERNAL_CONTROL, EXTERNAL_CONTROL, SAFETY_TEST, ACCEPTANCE, SAFETY_NOTICE_ACTION

}
