package org.socle.servicedesk.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as a business calendar counts it: only the working hours count. Service level
 * clocks measure with it; a 24/7 calendar counts every minute.
 */
public interface WorkingTime {

	/**
	 * The instant at which {@code amount} of working time has passed since {@code from}.
	 */
	Instant plus(Instant from, Duration amount);

	/** The working time between two instants (zero when {@code to} is not after). */
	Duration between(Instant from, Instant to);

	/** Every minute counts (critical services, 24/7). */
	static WorkingTime always() {
		return AlwaysOpen.INSTANCE;
	}

	/** The 24/7 calendar. */
	enum AlwaysOpen implements WorkingTime {

		INSTANCE;

		@Override
		public Instant plus(Instant from, Duration amount) {
			return from.plus(amount);
		}

		@Override
		public Duration between(Instant from, Instant to) {
			return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
		}

	}

}
