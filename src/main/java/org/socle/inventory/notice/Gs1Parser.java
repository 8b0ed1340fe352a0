package org.socle.inventory.notice;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GS1 element string as pasted or scanned from a UDI carrier, in its human
 * readable form ({@code (01)03760123456780(17)271231(10)A12(21)SN42}) or its raw form,
 * where a variable-length element ends with FNC1, sent by scanners as the GS character
 * (ASCII 29) and sometimes typed {@code <GS>}; a leading symbology identifier
 * ({@code ]d2}, {@code ]C1}, {@code ]Q3}) is ignored. Fixed-length elements (01, 11, 17)
 * need no separator. Pure: no I/O, no clock (the reference year decides the century of
 * two-digit years, as the GS1 General Specifications say).
 */
public final class Gs1Parser {

	static final char GS = 29;

	/** The elements read: fixed length (digits) or variable with a maximum. */
	private static final List<Element> ELEMENTS = List.of(new Element("01", 14, 14, true),
			new Element("02", 14, 14, true), new Element("10", 0, 20, false), new Element("11", 6, 6, true),
			new Element("17", 6, 6, true), new Element("21", 0, 20, false), new Element("22", 0, 20, false),
			new Element("30", 0, 8, true), new Element("240", 0, 30, false), new Element("241", 0, 30, false));

	private static final Pattern HUMAN_READABLE_AI = Pattern.compile("\\((\\d{2,4})\\)");

	/** GS1 AI encodable character set 82. */
	private static final Pattern SET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");

	private Gs1Parser() {
	}

	/**
	 * @param text the element string, in either form
	 * @param referenceYear this year, for the century of YYMMDD dates
	 * @throws Gs1ParseException when the text is not a well-formed element string
	 */
	public static Gs1Udi parse(String text, int referenceYear) {
		if (text == null || text.isBlank()) {
			throw new Gs1ParseException("Gs1Empty");
		}
		String trimmed = text.strip();
		Map<String, String> values = trimmed.startsWith("(") ? humanReadable(trimmed) : raw(trimmed);
		values.forEach(Gs1Parser::check);
		String gtin = values.get("01");
		if (gtin != null && !validCheckDigit(gtin)) {
			throw new Gs1ParseException("Gs1CheckDigit", gtin);
		}
		return new Gs1Udi(gtin, values.get("21"), values.get("10"), date(values.get("17"), referenceYear),
				date(values.get("11"), referenceYear));
	}

	private static Map<String, String> humanReadable(String text) {
		String compact = text.replaceAll("\\s+", "");
		Matcher matcher = HUMAN_READABLE_AI.matcher(compact);
		Map<String, String> values = new LinkedHashMap<>();
		int expected = 0;
		Element current = null;
		while (matcher.find()) {
			if (current == null && matcher.start() != expected) {
				throw new Gs1ParseException("Gs1Syntax", compact.substring(0, matcher.start()));
			}
			if (current != null) {
				put(values, current, compact.substring(expected, matcher.start()));
			}
			current = element(matcher.group(1));
			expected = matcher.end();
		}
		if (current == null) {
			throw new Gs1ParseException("Gs1Syntax", compact);
		}
		put(values, current, compact.substring(expected));
		return values;
	}

	private static Map<String, String> raw(String text) {
		String data = text.replace("<GS>", String.valueOf(GS)).replace("\\u001d", String.valueOf(GS));
		if (data.startsWith("]") && data.length() >= 3) {
			data = data.substring(3);
		}
		Map<String, String> values = new LinkedHashMap<>();
		int position = 0;
		while (position < data.length()) {
			if (data.charAt(position) == GS) {
				position++;
				continue;
			}
			Element element = elementAt(data, position);
			position += element.ai().length();
			int end;
			if (element.fixedLength() > 0) {
				end = position + element.fixedLength();
				if (end > data.length()) {
					throw new Gs1ParseException("Gs1Length", element.ai(), element.fixedLength());
				}
			}
			else {
				int separator = data.indexOf(GS, position);
				end = (separator < 0) ? data.length() : separator;
			}
			put(values, element, data.substring(position, end));
			position = end;
		}
		if (values.isEmpty()) {
			throw new Gs1ParseException("Gs1Empty");
		}
		return values;
	}

	private static Element elementAt(String data, int position) {
		for (Element element : ELEMENTS) {
			if (data.startsWith(element.ai(), position)) {
				return element;
			}
		}
		throw new Gs1ParseException("Gs1UnknownAi", data.substring(position, Math.min(data.length(), position + 4)));
	}

	private static Element element(String ai) {
		return ELEMENTS.stream()
			.filter(e -> e.ai().equals(ai))
			.findFirst()
			.orElseThrow(() -> new Gs1ParseException("Gs1UnknownAi", ai));
	}

	private static void put(Map<String, String> values, Element element, String value) {
		if (values.containsKey(element.ai())) {
			throw new Gs1ParseException("Gs1Repeated", element.ai());
		}
		boolean wrongLength = (element.fixedLength() > 0) ? value.length() != element.fixedLength()
				: value.isEmpty() || value.length() > element.maxLength();
		if (wrongLength) {
			throw new Gs1ParseException("Gs1Length", element.ai(), element.maxLength());
		}
		if (element.numeric() && !value.chars().allMatch(Character::isDigit)) {
			throw new Gs1ParseException("Gs1Digits", element.ai());
		}
		values.put(element.ai(), value);
	}

	private static void check(String ai, String value) {
		if (!SET_82.matcher(value).matches()) {
			throw new Gs1ParseException("Gs1Characters", ai);
		}
	}

	/** GS1 mod-10 check digit of a GTIN-8/12/13/14. */
	static boolean validCheckDigit(String gtin) {
		int sum = 0;
		int length = gtin.length();
		for (int i = 0; i < length - 1; i++) {
			int digit = gtin.charAt(i) - '0';
			sum += ((length - 1 - i) % 2 == 1) ? digit * 3 : digit;
		}
		return (10 - sum % 10) % 10 == gtin.charAt(length - 1) - '0';
	}

	/**
	 * A YYMMDD date; day 00 means the month's last day. The century is the one that puts
	 * the year within 49 years before or 50 after the reference year.
	 */
	static LocalDate date(String yymmdd, int referenceYear) {
		if (yymmdd == null) {
			return null;
		}
		int yy = Integer.parseInt(yymmdd.substring(0, 2));
		int difference = yy - referenceYear % 100;
		int century = referenceYear / 100 + ((difference >= 51) ? -1 : (difference <= -50) ? 1 : 0);
		try {
			YearMonth month = YearMonth.of(century * 100 + yy, Integer.parseInt(yymmdd.substring(2, 4)));
			int day = Integer.parseInt(yymmdd.substring(4, 6));
			return (day == 0) ? month.atEndOfMonth() : month.atDay(day);
		}
		catch (DateTimeException ex) {
			throw new Gs1ParseException("Gs1Date", yymmdd);
		}
	}

	private record Element(String ai, int fixedLength, int maxLength, boolean numeric) {
	}

}
