package org.socle.servicedesk.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One field a request item asks: its kind, label, whether required, and choices. */
@Embeddable
public class ItemField {

	@Enumerated(EnumType.STRING)
	private FieldKind kind;

	private String labelFr;

	private String labelEn;

	private boolean required;

	/** The choices of a CHOICE field, one a line. */
	private String options;

	protected ItemField() {
	}

	ItemField(FieldKind kind, String labelFr, String labelEn, boolean required, List<String> options) {
		this.kind = kind;
		this.labelFr = labelFr;
		this.labelEn = labelEn;
		this.required = required;
		this.options = (kind == FieldKind.CHOICE) ? String.join("\n", options) : null;
	}

	public String label(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.labelEn : this.labelFr;
	}

	/** The choices of a CHOICE field (none for other kinds). */
	public List<String> options() {
		return (this.options == null) ? List.of()
				: Arrays.stream(this.options.split("\n")).map(String::strip).filter(o -> !o.isEmpty()).toList();
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

	public boolean isRequired() {
		return this.required;
	}

}
