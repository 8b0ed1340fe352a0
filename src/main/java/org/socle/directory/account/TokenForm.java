package org.socle.directory.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: its name and, optionally, how many days it works. */
public class TokenForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	/** Days the token works (1 to 365), or empty for no expiry. */
	@Min(1)
	@Max(365)
	private Integer validityDays;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getValidityDays() {
		return this.validityDays;
	}

	public void setValidityDays(Integer validityDays) {
		this.validityDays = validityDays;
	}

}
