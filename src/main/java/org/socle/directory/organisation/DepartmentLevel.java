package org.socle.directory.organisation;

/**
 * Levels of the clinical and administrative hierarchy: pole > service > functional unit
 * (UF).
 */
public enum DepartmentLevel {

	POLE, SERVICE, FUNCTIONAL_UNIT;

	/** The level a child department must have, or null for a functional unit (a leaf). */
	public DepartmentLevel childLevel() {
		return switch (this) {
			case POLE -> SERVICE;
			case SERVICE -> FUNCTIONAL_UNIT;
			case FUNCTIONAL_UNIT -> null;
		};
	}

}
