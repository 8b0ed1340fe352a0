package org.socle.servicedesk.catalogue;

import java.util.Locale;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One answer of a request, kept with the field's labels as they were asked (a later
 * change of the form does not change what was answered). For a person: the value is the
 * person's id, and what is shown their name.
 */
@Embeddable
public class Answer {

	@Enumerated(EnumType.STRING)
	private FieldKind kind;

	private String labelFr;

	private String labelEn;

	private String value;

	private String shown;

	protected Answer() {
	}

	Answer(ItemField field, String value, String shown) {
		this.kind = field.getKind();
		this.labelFr = field.getLabelFr();
		this.labelEn = field.getLabelEn();
		this.value = value;
		this.shown = shown;
	}

	public String label(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.labelEn : this.labelFr;
	}

	public FieldKind getKind() {
		return this.kind;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	/** The answer as typed (normalised), null when left empty. */
	public String getValue() {
		return this.value;
	}

	/** The answer as people read it. */
	public String getShown() {
		return this.shown;
	}

}
