package org.socle.directory.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a production installation gives on its first start, when it runs without demo
 * data: the group, its support establishment and the first administrator (SOCLE_SETUP_*
 * environment variables).
 */
@ConfigurationProperties("socle.setup")
public record FirstRunSettings(String groupName, String groupShortName, String establishmentName, String legalFiness,
		String geographicFiness, String adminLogin, String adminPassword, String adminFirstName, String adminLastName,
		String adminEmail) {

	/** Whether an administrator was asked for. */
	boolean requested() {
		return this.adminLogin != null && !this.adminLogin.isBlank();
	}

}
