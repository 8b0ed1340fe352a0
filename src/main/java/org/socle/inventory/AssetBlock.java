package org.socle.inventory;

/**
 * Whether an asset may be used: blocked by a serious nonconformity (out of service until
 * a control passes) or by a repair awaiting its control. Every module shows it where the
 * asset appears (desk, mobile page, loans).
 *
 * @param blocked whether the asset must not be used
 * @param reason NONCONFORMITY or CONTROL_REQUIRED when blocked, else null
 * @param workOrderNumber the work order behind the block (the failed control, the repair)
 */
public record AssetBlock(boolean blocked, String reason, String workOrderNumber) {

	public static final AssetBlock NONE = new AssetBlock(false, null, null);

}
