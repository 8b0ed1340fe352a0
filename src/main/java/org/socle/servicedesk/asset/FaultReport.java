package org.socle.servicedesk.asset;

/**
 * What a person says of a faulty asset from its mobile page: what is wrong (the ticket's
 * title), details, and whether the asset can no longer be used (higher urgency).
 */
record FaultReport(String summary, String details, boolean unusable) {

	static final int SUMMARY_MAX = 200;

	static final int DETAILS_MAX = 4000;

}
