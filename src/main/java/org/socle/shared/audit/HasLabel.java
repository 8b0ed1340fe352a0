package org.socle.shared.audit;

/** A row that can be named in a history line or a select list. */
public interface HasLabel {

	String label();

}
