package org.socle.servicedesk.mail;

import org.socle.testing.SocleIntegrationTest;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the mail tests: one application context for all of them, its mail sender
 * pointed at the in-process {@link MailServer}.
 */
@SocleIntegrationTest
@Import(MailFixtures.class)
public abstract class MailIntegrationTest {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		MailServer.register(registry);
	}

}
