package org.socle.inventory.category;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A regulatory obligation a category may carry (mandatory maintenance, quality control,
 * ionising radiation...), for France, Quebec or any jurisdiction. Reference data of the
 * migrations: read-only here.
 */
@Entity
@Immutable
@Table(name = "inv_regulatory_flag")
public class RegulatoryFlag {

	@Id
	private String code;

	private String jurisdiction;

	private String labelFr;

	private String labelEn;

	private String description;

	protected RegulatoryFlag() {
	}

	public String getCode() {
		return this.code;
	}

	public String getJurisdiction() {
		return this.jurisdiction;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public String getLabelEn() {
		return this.labelEn;
	}

	public String getDescription() {
		return this.description;
	}

	/** The label in the language asked for (French unless English). */
	public String label(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.labelEn : this.labelFr;
	}

}
