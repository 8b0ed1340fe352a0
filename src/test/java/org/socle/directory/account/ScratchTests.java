package org.socle.directory.account;

import org.junit.jupiter.api.Test;
import org.socle.directory.Role;
import org.socle.testing.Fixtures;
import org.socle.testing.SocleIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SocleIntegrationTest
class ScratchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void dump() throws Exception {
		var admin = this.fixtures.groupAccount(Role.ADMINISTRATOR, this.fixtures.establishment());
		String html = this.mvc.perform(get("/directory/establishments/new").with(user(this.fixtures.principal(admin))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/acc-scratch/est-form.html"), html);
	}

}
