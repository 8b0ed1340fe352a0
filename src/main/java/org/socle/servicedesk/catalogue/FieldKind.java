package org.socle.servicedesk.catalogue;

/** What a field of a request item asks for. */
public enum FieldKind {

	TEXT, CHOICE, DATE, PERSON, NUMBER

}
