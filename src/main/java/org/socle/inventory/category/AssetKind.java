package org.socle.inventory.category;

/** What kind of thing an asset is; its category decides it. */
public enum AssetKind {

	MEDICAL_DEVICE, IT_ITEM, TECHNICAL

}
