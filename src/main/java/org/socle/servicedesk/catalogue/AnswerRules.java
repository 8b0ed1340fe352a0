package org.socle.servicedesk.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the answers to a request item's fields, one by one: required, a number, a date
 * (ISO, as the browser's date input sends it), one of the choices, a person of the
 * directory; text at most 4,000 characters. Every problem names its field
 * ({@code answers[<position>]}) and, in its arguments, the field's label.
 */
final class AnswerRules {

	static final int MAX_TEXT = 4000;

	private AnswerRules() {
	}

	/**
	 * @param answers the answers by field position ("0", "1", …)
	 * @param personName the name of a person (not archived) by id, or empty
	 */
	static Checked check(List<ItemField> fields, Map<String, String> answers, Locale locale,
			Function<Long, Optional<String>> personName) {
		List<Answer> kept = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			ItemField field = fields.get(i);
			String key = "answers[" + i + "]";
			String label = field.label(locale);
			String raw = (answers != null) ? answers.get(String.valueOf(i)) : null;
			String value = (raw == null || raw.isBlank()) ? null : raw.strip();
			if (value == null) {
				if (field.isRequired()) {
					problems.add(new Problem(key, "AnswerRequired", label));
				}
				kept.add(new Answer(field, null, null));
				continue;
			}
			String shown = value;
			String rule = null;
			switch (field.getKind()) {
				case NUMBER -> {
					BigDecimal number = number(value);
					if (number == null) {
						rule = "AnswerNumber";
					}
					else {
						value = number.toPlainString();
						shown = value;
					}
				}
				case DATE -> {
					if (!isDate(value)) {
						rule = "AnswerDate";
					}
				}
				case CHOICE -> {
					if (!field.options().contains(value)) {
						rule = "AnswerChoice";
					}
				}
				case PERSON -> {
					Optional<String> name = personId(value).flatMap(personName);
					if (name.isEmpty()) {
						rule = "AnswerPerson";
					}
					else {
						shown = name.get();
					}
				}
				case TEXT -> {
					if (value.length() > MAX_TEXT) {
						rule = "AnswerTooLong";
					}
				}
			}
			if (rule != null) {
				problems.add(new Problem(key, rule, label));
			}
			kept.add(new Answer(field, value, shown));
		}
		return new Checked(kept, problems);
	}

	private static BigDecimal number(String value) {
		try {
			return new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static Optional<Long> personId(String value) {
		try {
			return Optional.of(Long.valueOf(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The answers as they will be kept, and what is wrong with them. */
	record Checked(List<Answer> answers, List<Problem> problems) {
	}

	/** A field's broken rule; the message key is {@code rule.<rule>}. */
	record Problem(String field, String rule, Object... arguments) {
	}

}
