package org.socle.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A user journey in a real browser against the whole application on a random port. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "socle.embedded-db.data-dir=", "socle.demo-data=true", "logging.level.org.hibernate=WARN",
				"logging.level.org.springframework=WARN", "logging.level.io.zonky=WARN",
				"logging.level.org.socle=WARN" })
@Import(Fixtures.class)
@Tag("journey")
public @interface BrowserJourney {

}
