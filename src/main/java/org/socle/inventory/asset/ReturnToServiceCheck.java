package org.socle.inventory.asset;

/**
 * A rule of another feature that may forbid putting an asset back into use (in service,
 * on loan): maintenance refuses it while a serious nonconformity stands or a repair
 * awaits its control. The lifecycle asks every such rule before those transitions; the
 * implementations live in the features that own the rule, so this package depends on none
 * of them.
 */
public interface ReturnToServiceCheck {

	/**
	 * @throws org.socle.shared.web.FieldRuleException naming {@code status} and the rule
	 * when the asset may not be used yet
	 */
	void checkMayReturn(long assetId);

}
