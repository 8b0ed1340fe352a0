package org.socle.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A FINESS number: nine characters, two for the département (digits, or 2A / 2B for
 * Corsica), six digits, then a check digit computed with the Luhn algorithm over the
 * first eight characters. Corsican numbers are computed with "2A" / "2B" read as "20".
 */
public record FinessNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("(\\d{2}|2A|2B)\\d{7}");

	public FinessNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a FINESS number: " + value);
		}
		value = value.toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether the text is a FINESS number with a correct check digit (spaces are not
	 * allowed).
	 */
	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		String candidate = text.toUpperCase(Locale.ROOT);
		if (!SHAPE.matcher(candidate).matches()) {
			return false;
		}
		return checkDigit(candidate.substring(0, 8)) == candidate.charAt(8) - '0';
	}

	/** The Luhn check digit of the eight leading characters. */
	public static int checkDigit(String firstEight) {
		String digits = firstEight.toUpperCase(Locale.ROOT).replace("2A", "20").replace("2B", "20");
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
