package org.socle.shared.audit;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Who and when on every business row. "When" is read from the application's one clock, as
 * the timeline's instants are, so that a row's creation and its timeline agree (and tests
 * that fix the time fix both).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class AuditingConfiguration {

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.of(CurrentUsername.get());
	}

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
