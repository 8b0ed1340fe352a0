package org.socle.inventory.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.socle.shared.csvimport.FieldProblem;
import org.socle.shared.csvimport.ImportRow;

/**
 * The problems of one line as its values are read: each reader adds the problem of its
 * column (named by the column key and a rule's message key) and answers null for a value
 * it rejected.
 */
final class LineCheck {

	static final String ERROR = "inventory.imports.error.";

	private final ImportRow row;

	private final List<FieldProblem> problems = new ArrayList<>();

	LineCheck(ImportRow row) {
		this.row = row;
	}

	ImportRow row() {
		return this.row;
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	boolean ok() {
		return this.problems.isEmpty();
	}

	void problem(String column, String rule, Object... arguments) {
		this.problems.add(FieldProblem.of(column, ERROR + rule, arguments));
	}

	/** The value, or null; a missing required value or one too long adds a problem. */
	String text(String column, int maxLength, boolean required) {
		String value = this.row.get(column);
		if (value == null) {
			if (required) {
				problem(column, "required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			problem(column, "tooLong", maxLength);
			return null;
		}
		return value;
	}

	LocalDate date(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		LocalDate date = AssetValues.date(value);
		if (date == null) {
			problem(column, "date", value);
		}
		return date;
	}

	BigDecimal amount(String column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		BigDecimal amount = AssetValues.amount(value);
		if (amount == null) {
			problem(column, "amount", value);
		}
		return amount;
	}

	/**
	 * The one row the value names: none found or several found adds a problem
	 * ({@code <rule>Unknown} or {@code <rule>Ambiguous}, with the value).
	 */
	<T> T one(String column, List<T> found, String rule) {
		if (found.size() == 1) {
			return found.get(0);
		}
		problem(column, rule + (found.isEmpty() ? "Unknown" : "Ambiguous"), this.row.get(column));
		return null;
	}

}
