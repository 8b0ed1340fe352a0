package org.socle.inventory.notice;

/**
 * Whether a match needs a person's word: a certain match does not; an uncertain one waits
 * until someone confirms it or rejects it with a reason.
 */
public enum Confirmation {

	NOT_NEEDED, PENDING, CONFIRMED, REJECTED

}
