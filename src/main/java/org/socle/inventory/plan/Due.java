package org.socle.inventory.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The next occurrence of a plan on an asset: the date its series counts from (the
 * anniversary of an anchored plan), its due date (null for a meter-only plan until the
 * meter gets there) and the meter reading at which it falls due (null without a meter).
 */
public record Due(LocalDate seriesStart, LocalDate dueOn, BigDecimal meterDue) {

}
