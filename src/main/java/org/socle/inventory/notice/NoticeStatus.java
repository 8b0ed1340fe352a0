package org.socle.inventory.notice;

/** A notice is followed until it is closed, with a closing note. */
public enum NoticeStatus {

	OPEN, CLOSED

}
