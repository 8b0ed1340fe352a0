package org.socle.servicedesk.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of wall-clock working time within a day, in minutes from midnight: start
 * included, end excluded, end up to 24:00 (1440).
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {

	static final int DAY = 24 * 60;

	private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

	public TimeRange {
		if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
			throw new IllegalArgumentException("Not a range of a day: " + startMinute + "-" + endMinute);
		}
	}

	/**
	 * Minutes from midnight of "HH:mm" (00:00 to 24:00), or -1 when it is not a time of
	 * day.
	 */
	static int minuteOf(String text) {
		Matcher m = (text != null) ? TIME.matcher(text.strip()) : null;
		if (m == null || !m.matches()) {
			return -1;
		}
		int hours = Integer.parseInt(m.group(1));
		int minutes = Integer.parseInt(m.group(2));
		int total = hours * 60 + minutes;
		return (minutes < 60 && total <= DAY) ? total : -1;
	}

	static String format(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	public String start() {
		return format(this.startMinute);
	}

	public String end() {
		return format(this.endMinute);
	}

	int minutes() {
		return this.endMinute - this.startMinute;
	}

	@Override
	public int compareTo(TimeRange other) {
		return Integer.compare(this.startMinute, other.startMinute);
	}

	@Override
	public String toString() {
		return start() + "-" + end();
	}

}
