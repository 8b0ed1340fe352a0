package org.socle.directory.team;

/** What a support team does. */
public enum TeamKind {

	IT, BIOMEDICAL, TECHNICAL, QUALITY, PMO, OTHER

}
