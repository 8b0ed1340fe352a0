package org.socle.servicedesk.catalogue;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * What a staff member fills in on the portal for a request item: the answers by field
 * position, and optional details in their own words.
 */
public class RequestForm {

	private Map<String, String> answers = new HashMap<>();

	@Size(max = 20000)
	private String details;

	public Map<String, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = (answers != null) ? answers : new HashMap<>();
	}

	public String getDetails() {
		return this.details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

}
