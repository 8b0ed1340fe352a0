package org.socle.inventory.notice;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the criteria editor of a notice's page posts, each list one value per line; kept
 * to fill the editor again after a refusal or a pasted UDI.
 */
record ScopeForm(Long modelId, String aliases, String deviceIdentifiers, String serials, String rangeFrom,
		String rangeTo, String lots, String softwareVersions,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate manufacturedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate manufacturedTo) implements Serializable {

	List<CriterionForm> criteria() {
		List<CriterionForm> criteria = new ArrayList<>();
		if (this.modelId != null) {
			criteria.add(new CriterionForm(CriterionKind.MODEL, this.modelId, null, null, null, null));
		}
		lines(criteria, CriterionKind.ALIAS, this.aliases);
		lines(criteria, CriterionKind.DEVICE_IDENTIFIER, this.deviceIdentifiers);
		lines(criteria, CriterionKind.SERIAL, this.serials);
		lines(criteria, CriterionKind.LOT, this.lots);
		lines(criteria, CriterionKind.SOFTWARE_VERSION, this.softwareVersions);
		if (notBlank(this.rangeFrom) || notBlank(this.rangeTo)) {
			criteria.add(new CriterionForm(CriterionKind.SERIAL_RANGE, null, this.rangeFrom, this.rangeTo, null, null));
		}
		if (this.manufacturedFrom != null || this.manufacturedTo != null) {
			criteria.add(new CriterionForm(CriterionKind.MANUFACTURED_BETWEEN, null, null, null, this.manufacturedFrom,
					this.manufacturedTo));
		}
		return criteria;
	}

	/**
	 * The same, with the UDI's device identifier, serial and lot added to their lists.
	 */
	ScopeForm withUdi(Gs1Udi udi) {
		return new ScopeForm(this.modelId, this.aliases, plus(this.deviceIdentifiers, udi.gtin()),
				plus(this.serials, udi.serial()), this.rangeFrom, this.rangeTo, plus(this.lots, udi.lot()),
				this.softwareVersions, this.manufacturedFrom, this.manufacturedTo);
	}

	private static String plus(String text, String value) {
		if (value == null) {
			return text;
		}
		if (!notBlank(text)) {
			return value;
		}
		return text.lines().map(String::strip).anyMatch(value::equals) ? text : text.stripTrailing() + "\n" + value;
	}

	private static void lines(List<CriterionForm> criteria, CriterionKind kind, String text) {
		if (text != null) {
			text.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.distinct()
				.forEach(line -> criteria.add(new CriterionForm(kind, null, line, null, null, null)));
		}
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

}
