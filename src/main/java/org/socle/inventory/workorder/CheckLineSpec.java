package org.socle.inventory.workorder;

import java.math.BigDecimal;

/**
 * A checklist line to copy onto a work order when it is opened (from a maintenance plan)
 * or to add by hand: what to check, its unit and the limits a measure must stay within
 * (either may be absent; a line without limits is a yes/no check).
 */
public record CheckLineSpec(String label, String unit, BigDecimal lowerLimit, BigDecimal upperLimit) {

}
