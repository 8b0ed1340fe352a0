package org.socle.shared.csvimport;

/**
 * Where an import job stands: (for importers whose files are mapped by hand) waiting for
 * the user to say which column is which, then lines are validated in the background, the
 * preview is ready, the confirmed lines are being written, then done (or failed, nothing
 * written).
 */
public enum ImportPhase {

	MAPPING, VALIDATING, READY, IMPORTING, DONE, FAILED;

	/** Whether work is under way (the page keeps polling). */
	public boolean isRunning() {
		return this == VALIDATING || this == IMPORTING;
	}

}
