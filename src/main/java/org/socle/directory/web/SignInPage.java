package org.socle.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInPage {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
