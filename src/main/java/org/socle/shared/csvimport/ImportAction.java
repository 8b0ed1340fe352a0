package org.socle.shared.csvimport;

/** What writing one line did. */
public enum ImportAction {

	CREATED, UPDATED

}
