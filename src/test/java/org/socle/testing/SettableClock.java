package org.socle.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock, set by the test: every timeline line, row creation and SLA
 * clock reads it. Import {@link Configuration} to use it (a context of its own).
 */
public final class SettableClock extends Clock {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

	/** Sets the time to a wall-clock time in Paris. */
	public void set(String parisLocalDateTime) {
		this.now = LocalDateTime.parse(parisLocalDateTime).atZone(PARIS).toInstant();
	}

	/** The instant of a wall-clock time in Paris. */
	public static Instant paris(String parisLocalDateTime) {
		return LocalDateTime.parse(parisLocalDateTime).atZone(PARIS).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return PARIS;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/** Replaces the application's clock with a settable one. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
