package org.socle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Socle: the shared support platform of a hospital group.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class SocleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SocleApplication.class, args);
	}

}
