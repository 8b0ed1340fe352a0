package org.socle.inventory.notice;

/** Why a match is uncertain and waits for a person's confirmation. */
public enum Doubt {

	/** Only the model's name or alias matched: no serial, lot or identifier says it. */
	NAME_ONLY,
	/**
	 * The serial or lot matched only once normalised (case, separators, prefix, zeros).
	 */
	NORMALISED,
	/** The unit matched, and the manufacturer is the notice's, but not the model. */
	OTHER_MODEL,
	/** The unit matched, but the asset has no model to check the product against. */
	UNKNOWN_MODEL,
	/** The unit matched, but the notice names no product nor manufacturer to check. */
	NO_PRODUCT_GIVEN

}
