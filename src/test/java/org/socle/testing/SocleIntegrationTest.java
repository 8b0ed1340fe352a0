package org.socle.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * An integration test against a real PostgreSQL: the embedded one (shared by every test
 * of the JVM), or the server given by SPRING_DATASOURCE_URL. Tests create their own data
 * with {@link Fixtures}, with unique names, so they also pass on a database that already
 * holds data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "socle.embedded-db.data-dir=", "socle.demo-data=true", "socle.jobs.enabled=false",
		"logging.level.org.hibernate=WARN", "logging.level.org.springframework=WARN", "logging.level.io.zonky=WARN",
		"logging.level.org.socle=WARN", "socle.servicedesk.attachments.dir=target/test-attachments" })
@AutoConfigureMockMvc
@Import({ Fixtures.class, InventoryFixtures.class })
public @interface SocleIntegrationTest {

}
