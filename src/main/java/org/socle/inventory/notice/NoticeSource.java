package org.socle.inventory.notice;

/** Who issued a safety notice. */
public enum NoticeSource {

	ANSM_ALERT, MANUFACTURER_FSN, HEALTH_CANADA_RECALL, OTHER

}
