package org.socle.servicedesk.satisfaction;

/** A survey link that is not ours (forged, mistyped): "not found", nothing more. */
class UnknownSurveyLinkException extends RuntimeException {

	UnknownSurveyLinkException() {
		super("Unknown survey link");
	}

}
