package org.socle.inventory.asset;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.socle.shared.web.FieldRuleException;

/**
 * An asset's lifecycle, as an explicit transition table:
 * <ul>
 * <li>ORDERED → RECEIVED</li>
 * <li>RECEIVED → ACCEPTANCE, IN_STOCK</li>
 * <li>ACCEPTANCE → IN_SERVICE, IN_STOCK, OUT_OF_SERVICE (failed acceptance)</li>
 * <li>IN_SERVICE → ON_LOAN, IN_REPAIR, IN_STOCK, OUT_OF_SERVICE</li>
 * <li>ON_LOAN → IN_SERVICE, IN_REPAIR, OUT_OF_SERVICE</li>
 * <li>IN_REPAIR → IN_SERVICE, IN_STOCK, OUT_OF_SERVICE</li>
 * <li>IN_STOCK → ACCEPTANCE, IN_SERVICE, ON_LOAN, OUT_OF_SERVICE, RETIRED</li>
 * <li>OUT_OF_SERVICE → IN_REPAIR, IN_SERVICE, RETIRED</li>
 * <li>RETIRED → DISPOSED</li>
 * <li>DISPOSED: final</li>
 * </ul>
 * Going out of service, retiring and disposing need a reason. Retired and disposed assets
 * stay in the register (its history is certification evidence).
 */
public enum AssetStatus {

	ORDERED, RECEIVED, ACCEPTANCE, IN_SERVICE, ON_LOAN, IN_REPAIR, IN_STOCK, OUT_OF_SERVICE, RETIRED, DISPOSED;

	/** The rule a refused transition names, on the field {@code status}. */
	public static final String ILLEGAL_TRANSITION = "IllegalTransition";

	private static final Map<AssetStatus, EnumSet<AssetStatus>> NEXT = new EnumMap<>(AssetStatus.class);

	static {
		NEXT.put(ORDERED, EnumSet.of(RECEIVED));
		NEXT.put(RECEIVED, EnumSet.of(ACCEPTANCE, IN_STOCK));
		NEXT.put(ACCEPTANCE, EnumSet.of(IN_SERVICE, IN_STOCK, OUT_OF_SERVICE));
		NEXT.put(IN_SERVICE, EnumSet.of(ON_LOAN, IN_REPAIR, IN_STOCK, OUT_OF_SERVICE));
		NEXT.put(ON_LOAN, EnumSet.of(IN_SERVICE, IN_REPAIR, OUT_OF_SERVICE));
		NEXT.put(IN_REPAIR, EnumSet.of(IN_SERVICE, IN_STOCK, OUT_OF_SERVICE));
		NEXT.put(IN_STOCK, EnumSet.of(ACCEPTANCE, IN_SERVICE, ON_LOAN, OUT_OF_SERVICE, RETIRED));
		NEXT.put(OUT_OF_SERVICE, EnumSet.of(IN_REPAIR, IN_SERVICE, RETIRED));
		NEXT.put(RETIRED, EnumSet.of(DISPOSED));
		NEXT.put(DISPOSED, EnumSet.noneOf(AssetStatus.class));
	}

	/** The statuses this one may move to. */
	public Set<AssetStatus> next() {
		return EnumSet.copyOf(NEXT.get(this));
	}

	public boolean canMoveTo(AssetStatus to) {
		return to != null && NEXT.get(this).contains(to);
	}

	/**
	 * @throws FieldRuleException naming {@code status} and {@link #ILLEGAL_TRANSITION}
	 * when the table has no such transition
	 */
	public void checkMoveTo(AssetStatus to) {
		if (!canMoveTo(to)) {
			throw FieldRuleException.invalid("status", ILLEGAL_TRANSITION, this, to);
		}
	}

	/** Whether entering this status needs a reason. */
	public boolean needsReason() {
		return this == OUT_OF_SERVICE || this == RETIRED || this == DISPOSED;
	}

	/** Whether the asset has left the fleet (kept in the register, read-only). */
	public boolean isGone() {
		return this == RETIRED || this == DISPOSED;
	}

}
