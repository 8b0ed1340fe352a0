package org.socle.inventory.importing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socle.shared.csvimport.ImportColumn;

/**
 * How values written in other tools' exports read: dates as dd/MM/yyyy (French) or ISO,
 * amounts with a decimal comma and spaces between thousands, lifecycle states and kinds
 * in French or English words. Each parser answers null for a value it cannot read.
 */
final class AssetValues {

	static final Set<String> STATUSES = Set.of("ORDERED", "RECEIVED", "ACCEPTANCE", "IN_SERVICE", "ON_LOAN",
			"IN_REPAIR", "IN_STOCK", "OUT_OF_SERVICE", "RETIRED", "DISPOSED");

	static final Set<String> KINDS = Set.of("MEDICAL_DEVICE", "IT_ITEM", "TECHNICAL");

	/** Dates as day/month/year (with /, - or .), optionally followed by a time. */
	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T].*)?");

	/** ISO dates, optionally followed by a time. */
	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");

	private static final BigDecimal MAX_COST = new BigDecimal("999999999999.99");

	private static final Map<String, String> STATUS_WORDS = words(Map.of("ORDERED",
			List.of("commandé", "en commande", "ordered"), "RECEIVED", List.of("reçu", "livré", "received"),
			"ACCEPTANCE",
			List.of("réception", "en réception", "réception technique", "contrôle à réception", "acceptance"),
			"IN_SERVICE", List.of("en service", "actif", "en fonctionnement", "en production", "in service", "active"),
			"ON_LOAN", List.of("en prêt", "prêté", "prêt", "on loan"), "IN_REPAIR",
			List.of("en réparation", "en maintenance", "in repair"), "IN_STOCK",
			List.of("en stock", "stock", "en réserve", "in stock"), "OUT_OF_SERVICE",
			List.of("hors service", "HS", "en panne", "out of service"), "RETIRED",
			List.of("réformé", "réforme", "retiré", "retired"), "DISPOSED",
			List.of("mis au rebut", "rebut", "éliminé", "détruit", "cédé", "disposed")));

	private static final Map<String, String> KIND_WORDS = words(Map.of("MEDICAL_DEVICE",
			List.of("dispositif médical", "DM", "biomédical", "équipement biomédical", "medical device"), "IT_ITEM",
			List.of("informatique", "matériel informatique", "élément de configuration", "IT", "CI", "IT item"),
			"TECHNICAL", List.of("technique", "équipement technique", "services techniques", "technical")));

	private AssetValues() {
	}

	static LocalDate date(String text) {
		try {
			Matcher dayFirst = DAY_FIRST.matcher(text);
			if (dayFirst.matches()) {
				return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
						Integer.parseInt(dayFirst.group(1)));
			}
			Matcher iso = ISO.matcher(text);
			if (iso.matches()) {
				return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3)));
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

	/**
	 * An amount of at most two decimals, zero or more: {@code 1 234,56}, {@code 1234.56},
	 * {@code 1.234,56 €} and {@code 1,234.56} all read 1234.56.
	 */
	static BigDecimal amount(String text) {
		String digits = text.replaceAll("[\\s\\u00A0\\u202F€$]|EUR", "");
		int comma = digits.lastIndexOf(',');
		int dot = digits.lastIndexOf('.');
		if (comma >= 0 && dot >= 0) {
			char thousands = (comma < dot) ? ',' : '.';
			digits = digits.replace(String.valueOf(thousands), "").replace(',', '.');
		}
		else if (comma >= 0) {
			digits = (digits.indexOf(',') != comma) ? digits.replace(",", "") : digits.replace(',', '.');
		}
		else if (dot >= 0 && digits.indexOf('.') != dot) {
			digits = digits.replace(".", "");
		}
		if (!digits.matches("\\d+(\\.\\d+)?")) {
			return null;
		}
		BigDecimal amount = new BigDecimal(digits).stripTrailingZeros();
		if (amount.scale() > 2 || amount.compareTo(MAX_COST) > 0) {
			return null;
		}
		return amount.setScale(2);
	}

	/** A lifecycle state by its code or a French or English word for it. */
	static String status(String text) {
		return code(text, STATUSES, STATUS_WORDS);
	}

	/** A kind of asset by its code or a French or English word for it. */
	static String kind(String text) {
		return code(text, KINDS, KIND_WORDS);
	}

	private static String code(String text, Set<String> codes, Map<String, String> words) {
		String upper = text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
		if (codes.contains(upper)) {
			return upper;
		}
		return words.get(ImportColumn.normalise(text));
	}

	private static Map<String, String> words(Map<String, List<String>> byCode) {
		Map<String, String> words = new HashMap<>();
		byCode.forEach((code, list) -> list.forEach(w -> words.put(ImportColumn.normalise(w), code)));
		return Map.copyOf(words);
	}

}
