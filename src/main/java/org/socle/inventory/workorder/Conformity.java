package org.socle.inventory.workorder;

/** The result of a work order's checks (a control's verdict). */
public enum Conformity {

	CONFORMING, MINOR_NONCONFORMITY, SERIOUS_NONCONFORMITY

}
